package io.bulwark.fleet.internal;

import java.io.IOException;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * The server presented a certificate other than the pinned one: either the server's certificate was replaced or
 * something else answers at its address. The fleet refuses to talk to it until told otherwise.
 */
public class FingerprintMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateFingerprint pinned;
    private final transient CertificateFingerprint presented;

    /**
     * @param pinned
     *            the fingerprint the fleet trusts
     * @param presented
     *            the fingerprint the server presented
     * @param cause
     *            the failed handshake
     */
    public FingerprintMismatchException(CertificateFingerprint pinned, CertificateFingerprint presented,
            Throwable cause) {
        super("The server presented certificate fingerprint SHA-256 " + presented //$NON-NLS-1$
                + " but the pinned fingerprint is SHA-256 " + pinned, cause); //$NON-NLS-1$
        this.pinned = pinned;
        this.presented = presented;
    }

    /** @return the fingerprint the fleet trusts */
    public CertificateFingerprint pinned() {
        return pinned;
    }

    /** @return the fingerprint the server presented */
    public CertificateFingerprint presented() {
        return presented;
    }
}
