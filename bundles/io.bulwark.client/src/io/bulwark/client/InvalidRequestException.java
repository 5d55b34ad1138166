package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 400, 413, 415 or 422: the request itself was refused, e.g. a member with a value the server does not accept
 * ({@code details.field} names it). Nothing was changed.
 */
public class InvalidRequestException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public InvalidRequestException(int status, ApiError error) {
        super(status, error);
    }
}
