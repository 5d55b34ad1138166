package io.bulwark.protocol.move;

import io.bulwark.protocol.CertificateFingerprint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs receipts on the target, a batch with one signature, and verifies them on the source, each on its own, with the
 * JDK's own cryptography.
 */
public final class MoveReceipts {

    /** The first line of what a batch's signature covers. */
    private static final String ROOT_VERSION = "bulwark-move-receipt-batch-2"; //$NON-NLS-1$

    /** The first line of a receipt's text that its target signed alone, before batches. */
    private static final String VERSION_1 = "bulwark-move-receipt-1"; //$NON-NLS-1$

    private MoveReceipts() {
    }

    /**
     * Issues one receipt (on the target), as a batch of one.
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
        return sign(List.of(new MoveReceipt(agentId, sourceServerId, targetServerId, ticketId, issuedAt, null, null,
                null)), certificate, key).get(0);
    }

    /**
     * Issues a batch of receipts (on the target) with one signature: over the root of the {@link ReceiptTree} of their
     * signed texts. Each receipt gets the signature and its own {@link BatchProof}.
     *
     * @param unsigned
     *            the receipts' members but certificate, signature and proof; 1 to {@link ReceiptTree#MAX_SIZE}
     * @param certificate
     *            this server's certificate
     * @param key
     *            the certificate's private key
     * @return the signed receipts, in the same order
     * @throws GeneralSecurityException
     *             if the key cannot sign
     */
    public static List<MoveReceipt> sign(List<MoveReceipt> unsigned, X509Certificate certificate, PrivateKey key)
            throws GeneralSecurityException {
        ReceiptTree tree = ReceiptTree.of(unsigned.stream().map(MoveReceipt::signedText).toList());
        Signature signer = Signature.getInstance(algorithmFor(key.getAlgorithm()));
        signer.initSign(key);
        signer.update(rootText(tree.size(), tree.root()));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        String encoded = Base64.getEncoder().encodeToString(certificate.getEncoded());
        List<MoveReceipt> signed = new ArrayList<>(unsigned.size());
        for (int i = 0; i < unsigned.size(); i++) {
            MoveReceipt receipt = unsigned.get(i);
            signed.add(new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(),
                    receipt.ticketId(), receipt.issuedAt(), encoded, signature, tree.proof(i)));
        }
        return signed;
    }

    /**
     * Checks a receipt (on the source): its certificate has the expected fingerprint, and its signature over
     * {@link #signedMessage} is valid for that certificate's key.
     *
     * @param receipt
     *            the receipt an agent handed in
     * @param expectedTarget
     *            the fingerprint of the target the agent was told to move to
     * @throws ReceiptRefusedException
     *             if any member is missing, the certificate is another server's, the proof does not fit its batch, or
     *             the signature does not verify
     */
    public static void verify(MoveReceipt receipt, CertificateFingerprint expectedTarget)
            throws ReceiptRefusedException {
        checkMembers(receipt);
        X509Certificate certificate = certificate(receipt.certificate());
        CertificateFingerprint actual = CertificateFingerprint.of(certificate);
        if (!actual.equals(expectedTarget)) {
            throw new ReceiptRefusedException("The receipt was signed with certificate " + actual //$NON-NLS-1$
                    + ", not the move's target " + expectedTarget); //$NON-NLS-1$
        }
        byte[] message = signedMessage(receipt);
        try {
            PublicKey key = certificate.getPublicKey();
            Signature verifier = Signature.getInstance(algorithmFor(key.getAlgorithm()));
            verifier.initVerify(key);
            verifier.update(message);
            if (!verifier.verify(Base64.getDecoder().decode(receipt.signature()))) {
                throw new ReceiptRefusedException("The receipt's signature does not match its contents"); //$NON-NLS-1$
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ReceiptRefusedException("The receipt's signature cannot be checked: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @param receipt
     *            a receipt
     * @throws ReceiptRefusedException
     *             if it lacks a member that every receipt has (a receipt of version 1 has no proof)
     */
    public static void checkMembers(MoveReceipt receipt) throws ReceiptRefusedException {
        if (receipt == null || receipt.agentId() == null || receipt.sourceServerId() == null
                || receipt.targetServerId() == null || receipt.ticketId() == null || receipt.issuedAt() == null
                || receipt.certificate() == null || receipt.signature() == null) {
            throw new ReceiptRefusedException("The receipt lacks a member"); //$NON-NLS-1$
        }
    }

    /**
     * The bytes a receipt's signature must cover: the text naming the size and root of its batch, which its proof leads
     * to from its {@link MoveReceipt#signedText()}; for a receipt of version 1, without a proof, its own text of that
     * version. Both texts start with a version line of their own, so neither can pass for the other or for a leaf.
     *
     * @param receipt
     *            a receipt with every member
     * @return what its signature must cover
     * @throws ReceiptRefusedException
     *             if its proof does not fit its batch
     */
    public static byte[] signedMessage(MoveReceipt receipt) throws ReceiptRefusedException {
        if (receipt.proof() == null) {
            return receipt.text(VERSION_1);
        }
        return rootText(receipt.proof().size(), ReceiptTree.rootOf(receipt.signedText(), receipt.proof()));
    }

    private static byte[] rootText(int size, byte[] root) {
        return String.join("\n", ROOT_VERSION, Integer.toString(size), Base64.getEncoder().encodeToString(root)) //$NON-NLS-1$
                .getBytes(StandardCharsets.UTF_8);
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
