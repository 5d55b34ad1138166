package io.bulwark.protocol.move;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Proof that an agent registered with its target: signed by the target with its certificate's private key. The agent
 * hands it to the source at {@code POST /agent/v1/departures}; the source forgets the agent only after
 * {@link MoveReceipts#verify} accepted it against the target fingerprint of the move.
 * <p>
 * The target signs the receipts of agents arriving at about the same moment together: its signature covers the root of
 * a {@link ReceiptTree} over their {@link #signedText()}s, and {@link #proof()} leads from this receipt's text to that
 * root. A receipt issued before batches (version 1) has no proof, and its signature covers its own text.
 *
 * @param agentId
 *            the agent that arrived
 * @param sourceServerId
 *            the server it left
 * @param targetServerId
 *            the server it arrived at
 * @param ticketId
 *            the ticket it presented
 * @param issuedAt
 *            when the target issued the receipt
 * @param certificate
 *            the target's certificate, Base64 of its DER encoding; its SHA-256 fingerprint must be the move's target
 *            fingerprint
 * @param signature
 *            Base64 of the signature over the root of the receipt's batch ({@link MoveReceipts#signedMessage}) with the
 *            certificate's key ({@code SHA256withECDSA} for an EC key, {@code SHA256withRSA} for an RSA key)
 * @param proof
 *            where the receipt stands in its batch; {@code null} only in a receipt of version 1
 */
public record MoveReceipt(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId, Instant issuedAt,
        String certificate, String signature, BatchProof proof) {

    /** The first line of a receipt's signed text; version 1 texts were signed one by one, without a batch. */
    static final String VERSION = "bulwark-move-receipt-2"; //$NON-NLS-1$

    /**
     * @return the text this receipt stands for in its batch, its leaf in the {@link ReceiptTree}: the version and every
     *         member but the certificate, the signature and the proof, one per line, in a fixed order
     */
    public byte[] signedText() {
        return text(VERSION);
    }

    /**
     * @param version
     *            the first line
     * @return the members' text under that version line
     */
    byte[] text(String version) {
        String text = String.join("\n", version, String.valueOf(agentId), String.valueOf(sourceServerId), //$NON-NLS-1$
                String.valueOf(targetServerId), String.valueOf(ticketId), String.valueOf(issuedAt));
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
