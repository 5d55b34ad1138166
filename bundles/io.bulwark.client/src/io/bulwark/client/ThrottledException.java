package io.bulwark.client;

import java.time.Duration;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 429: too many failed logins for this account from this address. The server says how long to wait before trying
 * again.
 */
public class ThrottledException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param status
     *            429
     * @param error
     *            the error body
     * @param retryAfter
     *            how long to wait, from {@code Retry-After}, or {@code null} if the server did not say
     */
    public ThrottledException(int status, ApiError error, Duration retryAfter) {
        super(status, error);
        this.retryAfter = retryAfter;
    }

    /** @return how long to wait before trying again, or {@code null} if the server did not say */
    public Duration retryAfter() {
        return retryAfter;
    }
}
