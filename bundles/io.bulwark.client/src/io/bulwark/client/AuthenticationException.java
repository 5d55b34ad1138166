package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * HTTP 401: the server refused the credentials, or the session expired and logging in again failed too. The
 * administrator checks the user name and password.
 */
public class AuthenticationException extends ApiErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public AuthenticationException(int status, ApiError error) {
        super(status, error);
    }
}
