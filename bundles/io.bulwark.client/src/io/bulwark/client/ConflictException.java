package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 409: the request conflicts with the resource's current state, e.g. deleting a domain that still holds agents.
 * Nothing was changed.
 */
public class ConflictException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public ConflictException(int status, ApiError error) {
        super(status, error);
    }
}
