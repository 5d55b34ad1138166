package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 403: the account is logged in but its role or domain scope does not allow the request, e.g. a read-only operator
 * changing something.
 */
public class ForbiddenException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public ForbiddenException(int status, ApiError error) {
        super(status, error);
    }
}
