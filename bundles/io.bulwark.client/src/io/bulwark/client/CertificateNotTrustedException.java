package io.bulwark.client;

import java.util.Objects;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * First contact with a server over HTTPS: no fingerprint is pinned yet, so nothing was sent. The administrator compares
 * {@link #presented()} with the fingerprint the server printed at its start and, if they match, accepts it with
 * {@link ServerClient#trust(CertificateFingerprint)}.
 */
public class CertificateNotTrustedException extends ServerException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateFingerprint presented;

    /**
     * @param message
     *            a sentence for a person showing the fingerprint
     * @param presented
     *            the fingerprint of the certificate the server presented
     */
    public CertificateNotTrustedException(String message, CertificateFingerprint presented) {
        super(message, null);
        this.presented = Objects.requireNonNull(presented, "presented"); //$NON-NLS-1$
    }

    /** @return the fingerprint of the certificate the server presented, for the administrator to confirm */
    public CertificateFingerprint presented() {
        return presented;
    }
}
