package io.bulwark.server.internal.components;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as component files are identified by: lower-case hex.
 */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** @return a new SHA-256 digest */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e); //$NON-NLS-1$
        }
    }

    /**
     * @param bytes
     *            content
     * @return its SHA-256 in lower-case hex
     */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    /**
     * @param file
     *            a file
     * @return the SHA-256 of its content in lower-case hex
     * @throws IOException
     *             if it cannot be read
     */
    public static String hex(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HEX.formatHex(digest.digest());
    }

    /**
     * @param digest
     *            a finished digest
     * @return it in lower-case hex
     */
    public static String hex(MessageDigest digest) {
        return HEX.formatHex(digest.digest());
    }

    /**
     * @param text
     *            a claimed SHA-256
     * @return whether it is 64 lower-case hex digits
     */
    public static boolean isHex(String text) {
        return text != null && text.length() == 64
                && text.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
