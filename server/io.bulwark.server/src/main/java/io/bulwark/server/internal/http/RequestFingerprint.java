package io.bulwark.server.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells whether a retried request is the same request: an HMAC-SHA256 over method, path, query and body, keyed by a
 * secret of this server. Keyed, because bodies may carry passwords (new accounts, the agents' unload password): a plain
 * hash kept in the database would let anyone holding a copy of it test password guesses at hashing speed.
 */
public final class RequestFingerprint {

    private static final String ALGORITHM = "HmacSHA256"; //$NON-NLS-1$

    private final SecretKeySpec key;

    /**
     * @param secret
     *            at least 32 random bytes that are not stored in the database
     */
    public RequestFingerprint(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The request fingerprint key needs at least 32 bytes"); //$NON-NLS-1$
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /**
     * @param request
     *            a request whose body may not have been read yet
     * @return its fingerprint, hex
     * @throws ApiException
     *             if the body cannot be read or is too large
     */
    public String of(ApiRequest request) throws ApiException {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((request.method() + ' ' + request.path() + '?' + request.jetty().getHttpURI().getQuery() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            mac.update(request.bodyBytes());
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM, e); //$NON-NLS-1$
        }
    }
}
