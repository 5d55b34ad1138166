package io.bulwark.server.internal.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a restore must not simply roll back. By default a restore replaces the rows of every table with the backup's; a
 * rule can keep a table's current rows instead, and correct the restored rows in the restore's own transaction.
 * <p>
 * The server keeps, by the rules {@code ServerServices} gives the {@link BackupRestorer}: {@code server_identity} (the
 * server stays who it is, under its current name), {@code session} (everyone stays logged in whose account exists after
 * the restore; tokens logged out since the backup never come back) and {@code audit_entry} (the log of what happened,
 * including the changes the restore undid and the restore itself).
 * <p>
 * The extension point for moves between servers: an agent that has moved away since the backup must not come back with
 * it. A moves feature keeps its record of departed agents in a table of its own, keeps that table across restores, and
 * deletes the restored agents it lists in {@link #afterRowsRestored}:
 *
 * <pre>
 * RestoreRule departed = new RestoreRule() {
 *     public Set&lt;String&gt; keptTables() {
 *         return Set.of("agent_departure");
 *     }
 *     public void afterRowsRestored(Connection c) throws SQLException {
 *         Jdbc.update(c, "DELETE FROM agent WHERE id IN (SELECT agent_id FROM agent_departure)");
 *     }
 * };
 * </pre>
 */
public interface RestoreRule {

    /**
     * @return the lower-case names of tables whose current rows survive a restore; rows of such a table that refer (by
     *         foreign key) to rows that no longer exist after the restore are dropped
     */
    Set<String> keptTables();

    /**
     * Runs in the restore's transaction after the backup's rows and the kept rows are in place; a failure rolls the
     * whole restore back.
     *
     * @param connection
     *            the restore's transaction; never commit or close it
     * @throws SQLException
     *             to fail the restore
     */
    default void afterRowsRestored(Connection connection) throws SQLException {
        // nothing to correct by default
    }

    /**
     * @param tables
     *            lower-case table names
     * @return a rule that keeps those tables' current rows and corrects nothing
     */
    static RestoreRule keep(String... tables) {
        Set<String> kept = Set.of(tables);
        return () -> kept;
    }
}
