package io.bulwark.client;

import java.util.Objects;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * The server presented a certificate other than the pinned one, so nothing was sent: either the server's certificate
 * was replaced or someone stands between the console and the server. The client keeps refusing until the administrator
 * accepts the new fingerprint explicitly with {@link ServerClient#trust(CertificateFingerprint)}. The message names
 * both fingerprints.
 */
public class CertificateChangedException extends ServerException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateFingerprint pinned;
    private final transient CertificateFingerprint presented;

    /**
     * @param message
     *            a sentence for a person naming both fingerprints
     * @param pinned
     *            the fingerprint the client trusts
     * @param presented
     *            the fingerprint of the certificate the server presented
     */
    public CertificateChangedException(String message, CertificateFingerprint pinned,
            CertificateFingerprint presented) {
        super(message, null);
        this.pinned = Objects.requireNonNull(pinned, "pinned"); //$NON-NLS-1$
        this.presented = Objects.requireNonNull(presented, "presented"); //$NON-NLS-1$
    }

    /** @return the fingerprint the client trusts */
    public CertificateFingerprint pinned() {
        return pinned;
    }

    /** @return the fingerprint of the certificate the server presented */
    public CertificateFingerprint presented() {
        return presented;
    }
}
