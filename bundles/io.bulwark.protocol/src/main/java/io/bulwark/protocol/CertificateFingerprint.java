package io.bulwark.protocol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 fingerprint of a server's certificate, the value an administrator confirms and a client pins.
 * <p>
 * Its text form is the one a server prints and a console shows: 32 uppercase hex bytes separated by colons
 * ({@code AB:CD:…}). Parsing also accepts lowercase and missing colons, since people paste fingerprints from many
 * tools; equality is on the bytes.
 */
public final class CertificateFingerprint {

    private static final int SHA256_BYTES = 32;
    private static final Pattern SEPARATORS = Pattern.compile("[:\\s]"); //$NON-NLS-1$
    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase(); //$NON-NLS-1$

    private final byte[] digest;

    private CertificateFingerprint(byte[] digest) {
        this.digest = digest;
    }

    /**
     * @param certificate
     *            a certificate
     * @return the SHA-256 fingerprint of its DER encoding
     * @throws IllegalArgumentException
     *             if the certificate cannot be encoded
     */
    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return new CertificateFingerprint(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())); //$NON-NLS-1$
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Cannot encode the certificate to fingerprint it", e); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256, which every Java runtime must provide", //$NON-NLS-1$
                    e);
        }
    }

    /**
     * @param text
     *            a SHA-256 fingerprint as hex, with or without colons, in either case
     * @return the fingerprint
     * @throws IllegalArgumentException
     *             if the text is not 32 hex bytes
     */
    public static CertificateFingerprint parse(String text) {
        String hex = SEPARATORS.matcher(text.strip()).replaceAll("").toUpperCase(Locale.ROOT); //$NON-NLS-1$
        if (hex.length() != SHA256_BYTES * 2 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("Not a SHA-256 fingerprint (32 hex bytes such as AB:CD:…): " + text); //$NON-NLS-1$
        }
        return new CertificateFingerprint(HexFormat.of().parseHex(hex));
    }

    /** @return colon-separated uppercase hex, e.g. {@code AB:CD:…} */
    @Override
    public String toString() {
        return COLON_HEX.formatHex(digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateFingerprint fingerprint && MessageDigest.isEqual(digest, fingerprint.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }
}
