package io.bulwark.server.internal.http;

import io.bulwark.server.internal.accounts.Caller;

/**
 * Turns a bearer token into the account that holds it.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param token
     *            the token from {@code Authorization: Bearer}, or {@code null} if the header is missing
     * @return the caller
     * @throws ApiException
     *             401 if there is no token or it is unknown or expired
     */
    Caller authenticate(String token) throws ApiException;
}
