package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 5xx: the server failed (500, its log has the cause) or cannot take the request now (503 {@code unavailable},
 * e.g. while it stops). Calls that are safe to repeat were already retried before this is thrown.
 */
public class ServerFailureException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status, 500–599
     * @param error
     *            the error body
     */
    public ServerFailureException(int status, ApiError error) {
        super(status, error);
    }
}
