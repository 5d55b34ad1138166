package io.bulwark.server.internal.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Derives and checks password hashes with PBKDF2-HMAC-SHA256, a random 16-byte salt per password and an iteration count
 * in the range current guidance recommends, so a stolen database does not give away passwords.
 */
public final class PasswordHasher {

    /** The algorithm of every hash this server creates. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$

    /** Iterations for new hashes unless the server is told otherwise; stored hashes keep their own count. */
    public static final int ITERATIONS = 600_000;

    /** The fewest iterations a server may be told to use. */
    public static final int MIN_ITERATIONS = 1_000;

    /** The most iterations a server may be told to use. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    /** A hasher with the recommended {@value #ITERATIONS} iterations. */
    public PasswordHasher() {
        this(ITERATIONS);
    }

    /**
     * @param iterations
     *            iterations for new hashes, {@value #MIN_ITERATIONS} to {@value #MAX_ITERATIONS}
     */
    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS //$NON-NLS-1$ //$NON-NLS-2$
                    + ", was " + iterations); //$NON-NLS-1$
        }
        this.iterations = iterations;
    }

    /**
     * @param password
     *            the password
     * @return a new salted hash of it
     */
    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, iterations, base64.encodeToString(salt),
                base64.encodeToString(derive(password, salt, iterations, ALGORITHM)));
    }

    /**
     * Checks a password in constant time with respect to the stored hash.
     *
     * @param password
     *            the password a person entered
     * @param stored
     *            the stored hash
     * @return whether the password matches
     */
    public boolean matches(char[] password, PasswordHash stored) {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = derive(password, base64.decode(stored.salt()), stored.iterations(), stored.algorithm());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, String algorithm) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot derive " + algorithm + " keys", e); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            spec.clearPassword();
            Arrays.fill(salt, (byte) 0);
        }
    }
}
