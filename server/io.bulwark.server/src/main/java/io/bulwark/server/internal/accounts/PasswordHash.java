package io.bulwark.server.internal.accounts;

/**
 * A stored password: the PBKDF2 output with everything needed to verify a login later, even after the server raises the
 * iteration count for new passwords. Never contains the password.
 *
 * @param algorithm
 *            the key derivation algorithm, e.g. {@code PBKDF2WithHmacSHA256}
 * @param iterations
 *            its iteration count
 * @param salt
 *            the random salt, Base64
 * @param hash
 *            the derived key, Base64
 */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {

    /** @return the stored form without the salt and hash, fit for a log line */
    @Override
    public String toString() {
        return algorithm + " (" + iterations + " iterations)"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
