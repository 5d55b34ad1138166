package io.bulwark.fleet.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * The fingerprints of the certificates that targets' receipts carry, read once per certificate: every receipt of a
 * target carries the same one, and a fleet relocating thousands of agents would otherwise parse it thousands of times.
 */
final class ReceiptCertificates {

    /** How many certificates are kept; a fleet's agents move to few servers. */
    private static final int KEPT = 16;

    private final Map<String, Optional<CertificateFingerprint>> fingerprints = new ConcurrentHashMap<>();

    /**
     * @param base64
     *            a certificate as a receipt carries it: Base64 of its DER encoding
     * @return its SHA-256 fingerprint, or empty if it is not a certificate
     */
    Optional<CertificateFingerprint> fingerprint(String base64) {
        Optional<CertificateFingerprint> known = fingerprints.get(base64);
        if (known != null) {
            return known;
        }
        Optional<CertificateFingerprint> read = read(base64);
        if (fingerprints.size() >= KEPT) {
            fingerprints.clear();
        }
        fingerprints.put(base64, read);
        return read;
    }

    private static Optional<CertificateFingerprint> read(String base64) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            return Optional.of(CertificateFingerprint.of(certificate));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
