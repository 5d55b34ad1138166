package io.bulwark.server.internal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.Authenticator;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Login sessions, stored in the database so they survive a restart. A token is 256 random bits; only its SHA-256 is
 * stored. The caller's role and domains are read from the account on every request, so a changed account takes effect
 * at once.
 */
public final class SessionStore implements Authenticator {

    /** How long a token works after login. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final int TOKEN_BYTES = 32;

    /**
     * A new session.
     *
     * @param token
     *            the bearer token, shown to the caller once
     * @param expiresAt
     *            when it stops working
     */
    public record Opened(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Opened[expiresAt=" + expiresAt + "]"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final Database database;
    private final AccountStore accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param database
     *            where sessions are kept
     * @param accounts
     *            the accounts sessions belong to
     * @param clock
     *            the time source
     */
    public SessionStore(Database database, AccountStore accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * @param user
     *            an account that just proved its password
     * @return the new session
     * @throws SQLException
     *             if the session cannot be stored
     */
    public Opened open(String user) throws SQLException {
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        try (Connection connection = database.connection()) {
            Jdbc.update(connection, "DELETE FROM session WHERE expires_at < ?", now); //$NON-NLS-1$
            Jdbc.update(connection,
                    "INSERT INTO session (token_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
                    hash(token), user, now, expiresAt);
        }
        return new Opened(token, expiresAt);
    }

    @Override
    public Caller authenticate(String token) throws ApiException {
        if (token == null || token.isEmpty()) {
            throw unauthenticated("This call needs Authorization: Bearer <token>; log in at POST /api/v1/sessions"); //$NON-NLS-1$
        }
        try {
            Optional<String> user;
            try (Connection connection = database.connection()) {
                user = Jdbc.one(connection, "SELECT user_name FROM session WHERE token_hash = ? AND expires_at > ?", //$NON-NLS-1$
                        row -> row.getString(1), hash(token), clock.instant());
            }
            if (user.isEmpty()) {
                throw unauthenticated("The session token is unknown or expired; log in again"); //$NON-NLS-1$
            }
            return accounts.caller(user.get())
                    .orElseThrow(() -> unauthenticated("The session's account no longer exists")); //$NON-NLS-1$
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sessions: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @param token
     *            a token
     * @return when it expires, if it is a live session
     * @throws SQLException
     *             if the sessions cannot be read
     */
    public Optional<Instant> expiry(String token) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.one(connection, "SELECT expires_at FROM session WHERE token_hash = ?", //$NON-NLS-1$
                    row -> Jdbc.instant(row, "expires_at"), hash(token)); //$NON-NLS-1$
        }
    }

    /**
     * Ends a session.
     *
     * @param connection
     *            the transaction
     * @param token
     *            its token
     * @throws SQLException
     *             if the session cannot be removed
     */
    public void close(Connection connection, String token) throws SQLException {
        Jdbc.update(connection, "DELETE FROM session WHERE token_hash = ?", hash(token)); //$NON-NLS-1$
    }

    private static ApiException unauthenticated(String message) {
        return new ApiException(401, ApiError.of(ErrorCodes.UNAUTHENTICATED, message),
                Map.of("WWW-Authenticate", "Bearer")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
