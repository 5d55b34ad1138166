package io.bulwark.server.internal.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code audit_entry} table. Entries are written inside the transaction of the change they describe, so the log
 * never holds a change that did not happen nor misses one that did; they are read newest first, a page at a time.
 */
public final class AuditLog {

    /**
     * Which entries to read; every member is optional ({@code null} for no restriction).
     *
     * @param user
     *            only this account's changes
     * @param action
     *            only this action, e.g. {@code domain.create}
     * @param target
     *            only changes to this target, e.g. {@code account bob}
     * @param since
     *            only changes at or after this instant
     * @param until
     *            only changes before this instant
     * @param beforeId
     *            only entries older than this id: the cursor of the previous page
     */
    public record Filter(String user, String action, String target, Instant since, Instant until, Long beforeId) {
    }

    private final Clock clock;
    private final WireJson json;

    /**
     * @param clock
     *            stamps entries
     * @param json
     *            writes and reads the before and after states
     */
    public AuditLog(Clock clock, WireJson json) {
        this.clock = clock;
        this.json = json;
    }

    /**
     * @param connection
     *            the change's transaction
     * @param user
     *            who made the change
     * @param address
     *            from which address, or {@code null}
     * @param action
     *            what was done, e.g. {@code domain.create}
     * @param target
     *            what it was done to, e.g. {@code domain 12}
     * @param before
     *            the resource before (a protocol record), or {@code null} for a creation
     * @param after
     *            the resource after, or {@code null} for a deletion
     * @throws SQLException
     *             if the entry cannot be written; the change is then rolled back too
     */
    public void record(Connection connection, String user, String address, String action, String target,
            Object before, Object after) throws SQLException {
        Jdbc.update(connection,
                "INSERT INTO audit_entry (at, user_name, address, action, target, before_json, after_json)" //$NON-NLS-1$
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                clock.instant(), user, address, action, target, text(before), text(after));
    }

    /**
     * Reads entries newest first. Paging is by id (a keyset), so entries written while a client pages do not shift the
     * pages it has not read yet.
     *
     * @param connection
     *            an open connection
     * @param filter
     *            which entries
     * @param limit
     *            at most this many
     * @return the matching entries, newest first
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<AuditEntry> read(Connection connection, Filter filter, int limit) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, "user_name = ?", filter.user()); //$NON-NLS-1$
        condition(where, parameters, "action = ?", filter.action()); //$NON-NLS-1$
        condition(where, parameters, "target = ?", filter.target()); //$NON-NLS-1$
        condition(where, parameters, "at >= ?", filter.since()); //$NON-NLS-1$
        condition(where, parameters, "at < ?", filter.until()); //$NON-NLS-1$
        condition(where, parameters, "id < ?", filter.beforeId()); //$NON-NLS-1$
        return Jdbc.query(connection,
                "SELECT id, at, user_name, address, action, target, before_json, after_json FROM audit_entry" //$NON-NLS-1$
                        + where + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
                this::entry, parameters.toArray());
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append(sql); //$NON-NLS-1$ //$NON-NLS-2$
            parameters.add(value);
        }
    }

    private AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), Jdbc.instant(row, "at"), row.getString("user_name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getString("address"), row.getString("action"), row.getString("target"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                value(row.getString("before_json")), value(row.getString("after_json"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String text(Object state) {
        return state == null ? null : new String(json.write(state), StandardCharsets.UTF_8);
    }

    private Object value(String text) {
        return text == null ? null : json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }
}
