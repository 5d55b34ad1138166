package io.bulwark.server.internal.storage;

import java.sql.SQLException;

/**
 * A part of the server that keeps state derived from the database in memory (a cache, a set of hints, the presence of
 * agents). Restoring a backup replaces the database's rows underneath it, so after the restore is committed every
 * restorable part is told to {@link #reload()}; {@code ServerServices} keeps the list.
 */
@FunctionalInterface
public interface Restorable {

    /**
     * Rebuilds the in-memory state from the database. Called after a restore was committed, while requests go on, so it
     * must stay correct for changes made concurrently (for a set of hints: add what the database holds rather than
     * clearing first).
     *
     * @throws SQLException
     *             if the database cannot be read; the part then keeps its previous state and the failure is logged
     */
    void reload() throws SQLException;
}
