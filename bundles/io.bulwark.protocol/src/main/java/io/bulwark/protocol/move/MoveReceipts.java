package io.bulwark.protocol.move;

import io.bulwark.protocol.CertificateFingerprint;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Signs receipts on the target and verifies them on the source, with the JDK's own cryptography. */
public final class MoveReceipts {

    private MoveReceipts() {
    }

    /**
     * Issues a receipt (on the target).
     *
     * @param agentId
     *            the agent that arrived
     * @param sourceServerId
     *            the server it left
     * @param targetServerId
     *            this server
     * @param ticketId
     *            the ticket it presented
     * @param issuedAt
     *            now
     * @param certificate
     *            this server's certificate
     * @param key
     *            the certificate's private key
     * @return the signed receipt
     * @throws GeneralSecurityException
     *             if the key cannot sign
     */
    public static MoveReceipt sign(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId,
            Instant issuedAt, X509Certificate certificate, PrivateKey key) throws GeneralSecurityException {
        MoveReceipt unsigned = new MoveReceipt(agentId, sourceServerId, targetServerId, ticketId, issuedAt,
                Base64.getEncoder().encodeToString(certificate.getEncoded()), null);
        Signature signer = Signature.getInstance(algorithmFor(key.getAlgorithm()));
        signer.initSign(key);
        signer.update(unsigned.signedText());
        return new MoveReceipt(agentId, sourceServerId, targetServerId, ticketId, issuedAt, unsigned.certificate(),
                Base64.getEncoder().encodeToString(signer.sign()));
    }

    /**
     * Checks a receipt (on the source): its certificate has the expected fingerprint, and its signature over
     * {@link MoveReceipt#signedText()} is valid for that certificate's key.
     *
     * @param receipt
     *            the receipt an agent handed in
     * @param expectedTarget
     *            the fingerprint of the target the agent was told to move to
     * @throws ReceiptRefusedException
     *             if any member is missing, the certificate is another server's, or the signature does not verify
     */
    public static void verify(MoveReceipt receipt, CertificateFingerprint expectedTarget)
            throws ReceiptRefusedException {
        if (receipt == null || receipt.agentId() == null || receipt.sourceServerId() == null
                || receipt.targetServerId() == null || receipt.ticketId() == null || receipt.issuedAt() == null
                || receipt.certificate() == null || receipt.signature() == null) {
            throw new ReceiptRefusedException("The receipt lacks a member"); //$NON-NLS-1$
        }
        X509Certificate certificate = certificate(receipt.certificate());
        CertificateFingerprint actual = CertificateFingerprint.of(certificate);
        if (!actual.equals(expectedTarget)) {
            throw new ReceiptRefusedException("The receipt was signed with certificate " + actual //$NON-NLS-1$
                    + ", not the move's target " + expectedTarget); //$NON-NLS-1$
        }
        try {
            PublicKey key = certificate.getPublicKey();
            Signature verifier = Signature.getInstance(algorithmFor(key.getAlgorithm()));
            verifier.initVerify(key);
            verifier.update(receipt.signedText());
            if (!verifier.verify(Base64.getDecoder().decode(receipt.signature()))) {
                throw new ReceiptRefusedException("The receipt's signature does not match its contents"); //$NON-NLS-1$
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ReceiptRefusedException("The receipt's signature cannot be checked: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static X509Certificate certificate(String base64) throws ReceiptRefusedException {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw new ReceiptRefusedException("The receipt's certificate cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static String algorithmFor(String keyAlgorithm) throws GeneralSecurityException {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA"; //$NON-NLS-1$ //$NON-NLS-2$
            case "RSA" -> "SHA256withRSA"; //$NON-NLS-1$ //$NON-NLS-2$
            default ->
                throw new GeneralSecurityException("Receipts are signed with EC or RSA keys, not " + keyAlgorithm); //$NON-NLS-1$
        };
    }
}
