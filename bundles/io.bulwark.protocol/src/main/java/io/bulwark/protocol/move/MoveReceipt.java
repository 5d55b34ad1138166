package io.bulwark.protocol.move;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Proof that an agent registered with its target: signed by the target with its certificate's private key. The agent
 * hands it to the source at {@code POST /agent/v1/departures}; the source forgets the agent only after
 * {@link MoveReceipts#verify} accepted it against the target fingerprint of the move.
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
 *            Base64 of the signature over {@link #signedText()} with the certificate's key ({@code SHA256withECDSA} for
 *            an EC key, {@code SHA256withRSA} for an RSA key)
 */
public record MoveReceipt(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId, Instant issuedAt,
        String certificate, String signature) {

    private static final String VERSION = "bulwark-move-receipt-1"; //$NON-NLS-1$

    /**
     * @return the bytes the target signs: every member but the certificate and the signature, one per line, in a fixed
     *         order
     */
    public byte[] signedText() {
        String text = String.join("\n", VERSION, String.valueOf(agentId), String.valueOf(sourceServerId), //$NON-NLS-1$
                String.valueOf(targetServerId), String.valueOf(ticketId), String.valueOf(issuedAt));
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
