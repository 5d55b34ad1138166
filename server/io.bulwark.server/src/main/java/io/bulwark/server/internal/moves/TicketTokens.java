package io.bulwark.server.internal.moves;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret tokens of move tickets: {@code <ticket id>.<secret>}, the secret being an HMAC-SHA256 of the ticket id
 * under a random key of this server kept in its data folder (not in the database). The ticket id in front makes a
 * lookup cheap; the database keeps only a SHA-256 hash of the whole token, so neither a copy of the database nor the
 * ticket id reveals it. Because the secret is derived, a repeated ticket request (same {@code Idempotency-Key}) is
 * answered with the same token without the token being stored anywhere.
 */
final class TicketTokens {

    private static final String HMAC = "HmacSHA256"; //$NON-NLS-1$
    private static final int MAX_LENGTH = 200;
    private static final String SOURCE_LABEL = "source:"; //$NON-NLS-1$

    private final byte[] key;

    /**
     * @param key
     *            this server's random ticket key
     */
    TicketTokens(byte[] key) {
        this.key = key.clone();
    }

    /**
     * @param ticketId
     *            a ticket
     * @return its token
     */
    String token(UUID ticketId) {
        return derived("", ticketId); //$NON-NLS-1$
    }

    /**
     * @param ticketId
     *            a ticket
     * @return its source token: derived from the same key as its {@link #token}, but with another label, so neither can
     *         be computed from the other
     */
    String sourceToken(UUID ticketId) {
        return derived(SOURCE_LABEL, ticketId);
    }

    private String derived(String label, UUID ticketId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] secret = mac.doFinal((label + ticketId).getBytes(StandardCharsets.UTF_8));
            return ticketId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + HMAC, e); //$NON-NLS-1$
        }
    }

    /**
     * @param presented
     *            a token presented as a ticket's source token
     * @param ticketId
     *            the ticket
     * @return whether it is that ticket's source token
     */
    boolean isSourceToken(String presented, UUID ticketId) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                sourceToken(ticketId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param token
     *            a token as presented
     * @return the ticket it claims to be for, or empty if it has not the shape of a token
     */
    static Optional<UUID> ticketId(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param token
     *            a token
     * @return its SHA-256 hash in hex, as stored
     */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e); //$NON-NLS-1$
        }
    }

    /**
     * @param token
     *            a presented token
     * @param storedHash
     *            the hash stored with its ticket
     * @return whether it is the ticket's token, compared in constant time
     */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
