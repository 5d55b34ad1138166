package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Reads agents page by page in (host name, id) order, continuing after a cursor (keyset paging, never an offset), or as
 * one stream, with each agent's last-seen time taken from its live presence. A listing of agents out of date reads the
 * rows its SQL conditions select and keeps those {@link OutdatedAgents} judges out of date, each with its component
 * versions.
 */
final class AgentListing {

    /** How many rows a stream fetches from the database at a time. */
    static final int STREAM_FETCH_SIZE = 2_000;

    /** How many rows a page of agents out of date reads at a time until it is full. */
    static final int OUTDATED_CHUNK = 1_000;

    private final AgentPresence presence;

    AgentListing(AgentPresence presence) {
        this.presence = presence;
    }

    /**
     * @param connection
     *            an open connection
     * @param filter
     *            which agents
     * @param after
     *            the cursor to continue after, or {@code null} for the first page
     * @param limit
     *            at most this many
     * @return the agents
     * @throws SQLException
     *             if the tables cannot be read
     */
    List<AgentSummary> page(Connection connection, AgentFilter filter, AgentCursor after, int limit)
            throws SQLException {
        if (!filter.outdated()) {
            return rows(connection, filter, after, limit);
        }
        OutdatedAgents outdated = OutdatedAgents.now(connection, presence);
        List<AgentSummary> page = new ArrayList<>();
        AgentCursor from = after;
        while (true) {
            List<AgentSummary> chunk = rows(connection, filter, from, OUTDATED_CHUNK);
            for (AgentSummary agent : chunk) {
                if (outdated.isOutdated(agent.id())) {
                    page.add(outdated.withVersions(agent));
                    if (page.size() == limit) {
                        return page;
                    }
                }
            }
            if (chunk.size() < OUTDATED_CHUNK) {
                return page;
            }
            from = AgentCursor.after(chunk.getLast());
        }
    }

    private List<AgentSummary> rows(Connection connection, AgentFilter filter, AgentCursor after, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(AgentStore.SUMMARY_COLUMNS) //$NON-NLS-1$
                .append(" FROM agent WHERE 1 = 1"); //$NON-NLS-1$
        List<Object> parameters = new ArrayList<>();
        filter.appendTo(sql, parameters);
        if (after != null) {
            sql.append(" AND host_name >= ? AND (host_name > ? OR id > ?)"); //$NON-NLS-1$
            parameters.add(after.hostName());
            parameters.add(after.hostName());
            parameters.add(after.id());
        }
        sql.append(" ORDER BY host_name, id FETCH FIRST ").append(limit).append(" ROWS ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
        return Jdbc.query(connection, sql.toString(), row -> AgentStore.summary(row, presence::lastSeen),
                parameters.toArray());
    }

    /**
     * @param connection
     *            an open connection, used for nothing else meanwhile
     * @param filter
     *            which agents
     * @return how many agents match, on all pages together
     * @throws Exception
     *             if the tables cannot be read
     */
    long count(Connection connection, AgentFilter filter) throws Exception {
        List<Object> parameters = new ArrayList<>();
        if (!filter.outdated()) {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM agent WHERE 1 = 1"); //$NON-NLS-1$
            filter.appendTo(sql, parameters);
            return Jdbc.one(connection, sql.toString(), row -> Long.valueOf(row.getLong(1)), parameters.toArray())
                    .orElse(Long.valueOf(0)).longValue();
        }
        OutdatedAgents outdated = OutdatedAgents.now(connection, presence);
        StringBuilder sql = new StringBuilder("SELECT id FROM agent WHERE 1 = 1"); //$NON-NLS-1$
        filter.appendTo(sql, parameters);
        long[] count = new long[1];
        Jdbc.forEach(connection, sql.toString(), STREAM_FETCH_SIZE, row -> {
            if (outdated.isOutdated(row.getObject(1, UUID.class))) {
                count[0]++;
            }
        }, parameters.toArray());
        return count[0];
    }

    /**
     * Hands every matching agent to a consumer through one database cursor, in the order the database stores them: the
     * cheapest order to read, since a stream's reader orders agents itself.
     *
     * @param connection
     *            an open connection, used for nothing else meanwhile
     * @param filter
     *            which agents
     * @param sink
     *            receives each agent
     * @throws Exception
     *             if the table cannot be read or the sink fails
     */
    void forEach(Connection connection, AgentFilter filter, AgentSink sink) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT ").append(AgentStore.SUMMARY_COLUMNS) //$NON-NLS-1$
                .append(" FROM agent WHERE 1 = 1"); //$NON-NLS-1$
        List<Object> parameters = new ArrayList<>();
        filter.appendTo(sql, parameters);
        if (!filter.outdated()) {
            Jdbc.forEach(connection, sql.toString(), STREAM_FETCH_SIZE,
                    row -> sink.accept(AgentStore.summary(row, presence::lastSeen)), parameters.toArray());
            return;
        }
        OutdatedAgents outdated = OutdatedAgents.now(connection, presence);
        Jdbc.forEach(connection, sql.toString(), STREAM_FETCH_SIZE, row -> {
            AgentSummary agent = AgentStore.summary(row, presence::lastSeen);
            if (outdated.isOutdated(agent.id())) {
                sink.accept(outdated.withVersions(agent));
            }
        }, parameters.toArray());
    }

    /** Receives the agents of a stream. */
    interface AgentSink {
        /**
         * @param agent
         *            the next agent
         * @throws Exception
         *             to stop the stream
         */
        void accept(AgentSummary agent) throws Exception;
    }

    /**
     * @param stored
     *            an agent as stored
     * @return the same with its last-seen time and status from its live presence: a status change reaches the database
     *         with the next status sweep, and one agent's detail shows it at once
     */
    AgentSummary live(AgentSummary stored) {
        var lastSeen = presence.lastSeen(stored.id());
        String status = presence.status(stored.id());
        boolean sameSeen = lastSeen == null || lastSeen.equals(stored.lastSeen());
        boolean sameStatus = status == null || status.equals(stored.status());
        if (sameSeen && sameStatus) {
            return stored;
        }
        return new AgentSummary(stored.id(), stored.hostName(), stored.ip(), sameStatus ? stored.status() : status,
                stored.domainId(), stored.agentVersion(), sameSeen ? stored.lastSeen() : lastSeen,
                stored.updateAgent(), stored.os());
    }
}
