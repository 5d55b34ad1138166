package io.bulwark.server.internal.agents;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.server.internal.storage.Database;

/**
 * What {@link AgentPresence} writes behind to the agent table: statuses in transactions of at most
 * {@value #STATUSES_PER_TRANSACTION} rows, so that a move marking thousands of agents at once does not hold their rows
 * locked while departures delete them, and presence in one batch.
 */
final class PresenceWrites {

    /** At most this many changed statuses are stored in one transaction. */
    static final int STATUSES_PER_TRANSACTION = 500;

    private final Database database;
    private final AgentStore store;

    PresenceWrites(Database database, AgentStore store) {
        this.database = database;
        this.store = store;
    }

    /**
     * @param changed
     *            each agent's new status
     * @throws Exception
     *             if they cannot be stored; the transactions before the failing one stay committed
     */
    void statuses(Map<UUID, String> changed) throws Exception {
        List<Map.Entry<UUID, String>> entries = List.copyOf(changed.entrySet());
        for (int from = 0; from < entries.size(); from += STATUSES_PER_TRANSACTION) {
            Map<UUID, String> chunk = new LinkedHashMap<>();
            entries.subList(from, Math.min(entries.size(), from + STATUSES_PER_TRANSACTION))
                    .forEach(entry -> chunk.put(entry.getKey(), entry.getValue()));
            database.inTransaction(connection -> {
                store.writeStatuses(connection, chunk);
                return null;
            });
        }
    }

    /**
     * @param snapshots
     *            the presence of every agent heard from since the last write
     * @throws Exception
     *             if it cannot be written
     */
    void presence(Collection<LiveAgent.Snapshot> snapshots) throws Exception {
        database.inTransaction(connection -> {
            store.writePresence(connection, snapshots);
            return null;
        });
    }
}
