package io.bulwark.server.internal.http;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Runs {@link Mutation}s: in one transaction with their audit entries, publishing their events after the commit, and
 * honouring {@code Idempotency-Key}: the first answer to a key is stored in the same transaction as the change, and a
 * repeat of the same request gets that answer without the change being applied again. Reusing a key for a different
 * request is refused.
 */
public final class ChangeRunner {

    private static final int MAX_KEY_LENGTH = 128;

    private record Stored(String requestHash, int status, Map<String, String> headers, String body) {
    }

    private final Database database;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final WireJson json;
    private final Clock clock;
    private final RequestFingerprint fingerprint;

    /**
     * @param database
     *            where changes are made
     * @param audit
     *            the audit log
     * @param feed
     *            receives events after commit
     * @param json
     *            writes stored answers
     * @param clock
     *            stamps stored answers
     * @param fingerprint
     *            recognises a repeated request
     */
    public ChangeRunner(Database database, AuditLog audit, ChangeFeed feed, WireJson json, Clock clock,
            RequestFingerprint fingerprint) {
        this.fingerprint = fingerprint;
        this.database = database;
        this.audit = audit;
        this.feed = feed;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param mutation
     *            the change
     * @param request
     *            its request, with an authenticated caller
     * @return the reply, first or replayed
     * @throws Exception
     *             what the mutation threw; nothing was stored
     */
    public ApiReply run(Mutation mutation, ApiRequest request) throws Exception {
        String user = request.caller().user();
        Optional<String> key = idempotencyKey(request);
        String requestHash = key.isPresent() ? fingerprint.of(request) : null;
        if (key.isPresent()) {
            Optional<Stored> stored = find(user, key.get());
            if (stored.isPresent()) {
                return replay(stored.get(), requestHash, key.get());
            }
        }
        // Every attempt of the transaction, each with a change of its own, ends here.
        List<Change> attempts = new ArrayList<>(1);
        try {
            ApiReply reply = database.inTransaction(connection -> {
                Change attempt = new Change(connection, audit, user, request.remoteAddress());
                attempts.add(attempt);
                ApiReply answer = mutation.apply(request, attempt);
                if (key.isPresent() && answer.status() < 300) {
                    store(connection, user, key.get(), requestHash, answer);
                }
                return answer;
            });
            attempts.get(attempts.size() - 1).committed(feed);
            return reply;
        } catch (SQLException e) {
            // Two identical requests raced; the other one stored its answer first.
            if (key.isPresent()) {
                Optional<Stored> stored = find(user, key.get());
                if (stored.isPresent()) {
                    return replay(stored.get(), requestHash, key.get());
                }
            }
            throw e;
        } finally {
            attempts.forEach(Change::ended);
        }
    }

    private static Optional<String> idempotencyKey(ApiRequest request) throws ApiException {
        Optional<String> key = request.header(ApiHeaders.IDEMPOTENCY_KEY);
        if (key.isPresent()) {
            String value = key.get();
            if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.chars().allMatch(c -> c > 32 && c < 127)) {
                throw ApiException.invalid(ApiHeaders.IDEMPOTENCY_KEY, ApiHeaders.IDEMPOTENCY_KEY
                        + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return key;
    }

    private Optional<Stored> find(String user, String key) throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.one(connection,
                    "SELECT request_hash, status, headers, body FROM idempotency_record" //$NON-NLS-1$
                            + " WHERE user_name = ? AND idempotency_key = ?", //$NON-NLS-1$
                    row -> new Stored(row.getString("request_hash"), row.getInt("status"), //$NON-NLS-1$ //$NON-NLS-2$
                            decodeHeaders(row.getString("headers")), row.getString("body")), //$NON-NLS-1$ //$NON-NLS-2$
                    user, key);
        }
    }

    private void store(Connection connection, String user, String key, String requestHash, ApiReply answer)
            throws SQLException {
        String body = answer.body() == null
                ? null
                : new String(json.write(answer.body()), StandardCharsets.UTF_8);
        Jdbc.update(connection,
                "INSERT INTO idempotency_record (user_name, idempotency_key, request_hash, status, headers, body," //$NON-NLS-1$
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                user, key, requestHash, Integer.valueOf(answer.status()), encodeHeaders(answer.headers()), body,
                clock.instant());
    }

    private static ApiReply replay(Stored stored, String requestHash, String key) throws ApiException {
        if (!stored.requestHash().equals(requestHash)) {
            throw new ApiException(422, ApiError.of(ErrorCodes.IDEMPOTENCY_KEY_REUSED, "The " //$NON-NLS-1$
                    + ApiHeaders.IDEMPOTENCY_KEY + " \"" + key //$NON-NLS-1$
                    + "\" was already used for a different request; use a new key for a new change"), Map.of()); //$NON-NLS-1$
        }
        Map<String, String> headers = new LinkedHashMap<>(stored.headers());
        headers.put(ApiHeaders.IDEMPOTENT_REPLAY, "true"); //$NON-NLS-1$
        Object body = stored.body() == null ? null : new RawJson(stored.body().getBytes(StandardCharsets.UTF_8));
        return new ApiReply(stored.status(), body, headers);
    }

    private String encodeHeaders(Map<String, String> headers) {
        return new String(json.write(headers), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> decodeHeaders(String text) {
        return json.read(text.getBytes(StandardCharsets.UTF_8), Map.class);
    }
}
