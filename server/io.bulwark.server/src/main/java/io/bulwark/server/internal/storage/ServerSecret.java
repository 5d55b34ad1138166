package io.bulwark.server.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * A random secret of this server kept in a file of its data folder (owner-only, written atomically) rather than in the
 * database, so that a copy of the database alone does not reveal it.
 */
public final class ServerSecret {

    private static final int BYTES = 32;

    private ServerSecret() {
    }

    /**
     * @param file
     *            where the secret is kept
     * @return the secret, created on first use
     * @throws IOException
     *             if the file cannot be read or written, or holds something else than a secret
     */
    public static byte[] loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] secret = Files.readAllBytes(file);
            if (secret.length != BYTES) {
                throw new IOException(file + " should hold " + BYTES + " random bytes but holds " + secret.length //$NON-NLS-1$ //$NON-NLS-2$
                        + "; delete it to have a new one made (retries of earlier changes are then not recognised)"); //$NON-NLS-1$
            }
            return secret;
        }
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        AtomicFiles.write(file, secret, true);
        return secret;
    }
}
