package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 404: the resource (a domain, an agent, a path) does not exist on this server, or no longer.
 */
public class NotFoundException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public NotFoundException(int status, ApiError error) {
        super(status, error);
    }
}
