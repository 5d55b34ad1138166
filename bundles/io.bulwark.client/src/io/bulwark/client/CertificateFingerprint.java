package io.bulwark.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.internal.Messages;

/**
 * The SHA-256 fingerprint of a server certificate, the value an administrator confirms on first contact and the console
 * pins afterwards.
 * <p>
 * Always held in the canonical form the server prints ({@code AB:CD:…}, 32 upper-case hex pairs), so that a value
 * pasted from a server's log, typed in lower case or without colons compares equal to the one computed here.
 *
 * @param value
 *            canonical colon-separated upper-case hex
 */
public record CertificateFingerprint(String value) {

    private static final Pattern CANONICAL = Pattern.compile("([0-9A-F]{2}:){31}[0-9A-F]{2}"); //$NON-NLS-1$

    public CertificateFingerprint {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.CertificateFingerprint_malformed, value));
        }
    }

    /**
     * Reads a fingerprint as a person may paste it: any case, with colons, spaces or nothing between the pairs.
     *
     * @throws IllegalArgumentException
     *             when the text is not 32 bytes of hex
     */
    public static CertificateFingerprint parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.CertificateFingerprint_malformed, text));
        }
        String hex = text.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        if (!hex.matches("[0-9A-F]{64}")) { //$NON-NLS-1$
            throw new IllegalArgumentException(NLS.bind(Messages.CertificateFingerprint_malformed, text));
        }
        return new CertificateFingerprint(HexFormat.ofDelimiter(":").withUpperCase() //$NON-NLS-1$
                .formatHex(HexFormat.of().parseHex(hex)));
    }

    /** The fingerprint of a certificate as received in a TLS handshake. */
    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return of(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(Messages.CertificateFingerprint_unreadableCertificate, e);
        }
    }

    /** The fingerprint of DER-encoded certificate bytes. */
    public static CertificateFingerprint of(byte[] derEncoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(derEncoded); //$NON-NLS-1$
            return new CertificateFingerprint(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e); //$NON-NLS-1$
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
