package io.bulwark.server.internal.moves;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.protocol.move.ReceiptRefusedException;

/**
 * Verifies the receipts that agents hand in on the source, with the outcome of {@link MoveReceipts#verify}: every
 * member present, the receipt's certificate the one with the move's target fingerprint, its proof leading from its text
 * to its batch's root, and the signature over that root ({@link MoveReceipts#signedMessage}) valid for that
 * certificate's key. Every receipt is verified; what a move's thousands of receipts share is not redone for each: a
 * certificate that matched a target's fingerprint is kept, parsed and with its verifying key; a batch's signature that
 * verified is kept (the last {@value #KEPT_BATCHES}), so the other receipts of its batch cost only their proofs'
 * hashes; and the signatures of a P-256 key (the key of every Bulwark server's certificate) are checked with Bouncy
 * Castle's ECDSA, which keeps the key's precomputed multiples from one signature to the next (the JDK's verifier
 * computes them afresh for each signature, several times slower). Receipts of other keys are verified by
 * {@link MoveReceipts#verify} itself.
 */
final class ReceiptVerifier {

    /** How many targets' certificates are kept; a source rarely moves agents to more servers at once. */
    private static final int KEPT = 16;

    /**
     * How many batches' verified signatures are kept: a move's receipts come back in about the order their batches were
     * signed, so a few thousand cover every batch still arriving.
     */
    private static final int KEPT_BATCHES = 4096;

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1"); //$NON-NLS-1$
    private static final ECDomainParameters P256_DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(),
            P256.getN(), P256.getH());

    /**
     * A certificate that matched a target's fingerprint.
     *
     * @param fingerprint
     *            its fingerprint
     * @param key
     *            its P-256 key ready for verifying, or {@code null} if it has another key
     */
    private record Known(CertificateFingerprint fingerprint, ECPublicKeyParameters key) {
    }

    /**
     * A signature that verified: a batch's signed text (its size and root) with the signature over it, by the key of
     * the certificate with this fingerprint.
     *
     * @param fingerprint
     *            the signing certificate's fingerprint
     * @param text
     *            what the signature covers
     * @param signature
     *            the signature, as the receipt carries it
     */
    private record Signed(CertificateFingerprint fingerprint, String text, String signature) {
    }

    /** By the certificate's Base64 text, as receipts carry it. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** The batches whose signature verified, the least recently used first. */
    private final Map<Signed, Boolean> verified = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Signed, Boolean> eldest) {
            return size() > KEPT_BATCHES;
        }
    });

    /**
     * @param receipt
     *            the receipt an agent handed in
     * @param expectedTarget
     *            the fingerprint of the target the agent was told to move to
     * @throws ReceiptRefusedException
     *             if any member is missing, the certificate is another server's, or the signature does not verify
     */
    void verify(MoveReceipt receipt, CertificateFingerprint expectedTarget) throws ReceiptRefusedException {
        MoveReceipts.checkMembers(receipt);
        Known certificate = certificate(receipt.certificate(), expectedTarget);
        if (certificate.key() == null) {
            MoveReceipts.verify(receipt, expectedTarget);
            return;
        }
        byte[] message = MoveReceipts.signedMessage(receipt);
        Signed signed = new Signed(certificate.fingerprint(), new String(message, StandardCharsets.UTF_8),
                receipt.signature());
        if (verified.get(signed) != null) {
            return;
        }
        BigInteger[] signature = signature(receipt.signature());
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, certificate.key());
        if (!verifier.verifySignature(sha256(message), signature[0], signature[1])) {
            throw new ReceiptRefusedException("The receipt's signature does not match its contents"); //$NON-NLS-1$
        }
        if (receipt.proof() != null && receipt.proof().size() > 1) {
            verified.put(signed, Boolean.TRUE);
        }
    }

    private Known certificate(String base64, CertificateFingerprint expectedTarget)
            throws ReceiptRefusedException {
        Known certificate = known.get(base64);
        if (certificate == null) {
            X509Certificate parsed = parse(base64);
            certificate = new Known(CertificateFingerprint.of(parsed), p256Key(parsed.getPublicKey()));
            if (certificate.fingerprint().equals(expectedTarget)) {
                if (known.size() >= KEPT) {
                    known.clear();
                }
                known.put(base64, certificate);
            }
        }
        if (!certificate.fingerprint().equals(expectedTarget)) {
            throw new ReceiptRefusedException("The receipt was signed with certificate " + certificate.fingerprint() //$NON-NLS-1$
                    + ", not the move's target " + expectedTarget); //$NON-NLS-1$
        }
        return certificate;
    }

    private static X509Certificate parse(String base64) throws ReceiptRefusedException {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (X509Certificate) CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw new ReceiptRefusedException("The receipt's certificate cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** @return the key as Bouncy Castle verifies it, if it is a valid P-256 key; else {@code null} */
    private static ECPublicKeyParameters p256Key(PublicKey key) {
        if (!(key instanceof ECPublicKey ec) || !isP256(ec.getParams())) {
            return null;
        }
        ECPoint w = ec.getW();
        try {
            return new ECPublicKeyParameters(P256.getCurve().createPoint(w.getAffineX(), w.getAffineY()),
                    P256_DOMAIN);
        } catch (IllegalArgumentException e) {
            return null; // not a point of the curve: left to the JDK, which refuses it
        }
    }

    private static boolean isP256(ECParameterSpec params) {
        return params != null && params.getOrder().equals(P256.getN())
                && params.getCofactor() == P256.getH().intValue()
                && params.getCurve().getA().equals(P256.getCurve().getA().toBigInteger())
                && params.getCurve().getB().equals(P256.getCurve().getB().toBigInteger())
                && params.getCurve().getField() instanceof ECFieldFp field
                && field.getP().equals(P256.getCurve().getField().getCharacteristic())
                && params.getGenerator().getAffineX().equals(P256.getG().getAffineXCoord().toBigInteger())
                && params.getGenerator().getAffineY().equals(P256.getG().getAffineYCoord().toBigInteger());
    }

    /** @return r and s of a DER-encoded ECDSA signature, refused unless it is exactly that */
    private static BigInteger[] signature(String base64) throws ReceiptRefusedException {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            if (ASN1Primitive.fromByteArray(der) instanceof ASN1Sequence sequence && sequence.size() == 2
                    && sequence.getObjectAt(0) instanceof ASN1Integer r
                    && sequence.getObjectAt(1) instanceof ASN1Integer s
                    && Arrays.equals(sequence.getEncoded(ASN1Encoding.DER), der)) {
                return new BigInteger[]{r.getValue(), s.getValue()};
            }
            throw new ReceiptRefusedException(
                    "The receipt's signature cannot be checked: it is not a DER-encoded ECDSA signature"); //$NON-NLS-1$
        } catch (IOException | IllegalArgumentException e) {
            throw new ReceiptRefusedException("The receipt's signature cannot be checked: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static byte[] sha256(byte[] text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256, which every Java runtime must provide", //$NON-NLS-1$
                    e);
        }
    }
}
