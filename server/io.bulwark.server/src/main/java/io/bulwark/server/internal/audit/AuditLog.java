package io.bulwark.server.internal.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Writes audit entries into {@code audit_entry}, inside the transaction of the change they describe, so the log never
 * holds a change that did not happen nor misses one that did.
 */
public final class AuditLog {

    private final Clock clock;
    private final WireJson json;

    /**
     * @param clock
     *            stamps entries
     * @param json
     *            writes the before and after states
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

    private String text(Object state) {
        return state == null ? null : new String(json.write(state), StandardCharsets.UTF_8);
    }
}
