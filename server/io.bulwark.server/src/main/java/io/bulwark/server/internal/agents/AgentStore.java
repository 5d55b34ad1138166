package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.bulwark.protocol.AgentCounts;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code agent} table: registration, facts, domain, update-agent flag and status; and {@code agent_inventory}, each
 * agent's latest inventory, kept apart so that the agent row stays small for the writes that rewrite it all the time
 * (decision 0018). Presence (last seen, roaming, component versions) reaches the agent table in batches from
 * {@link AgentPresence}.
 */
public final class AgentStore {

    /** The columns of an {@link AgentSummary}, for {@link #summary(ResultSet)}. */
    static final String SUMMARY_COLUMNS = "id, host_name, ip, status, domain_id, agent_version, last_seen," //$NON-NLS-1$
            + " update_agent, os"; //$NON-NLS-1$

    /** Statements with many ids bind at most this many at once. */
    private static final int IDS_PER_STATEMENT = 500;

    /**
     * The facts an agent registers with, checked.
     *
     * @param id
     *            its GUID
     * @param hostName
     *            its host name
     * @param ip
     *            its address
     * @param agentVersion
     *            its program version
     * @param intervalMillis
     *            its heartbeat interval
     * @param roaming
     *            whether it is outside the corporate network
     * @param componentVersionsJson
     *            its component versions as JSON
     */
    public record Facts(UUID id, String hostName, String ip, String agentVersion, int intervalMillis, boolean roaming,
            String componentVersionsJson) {
    }

    /**
     * What the server keeps of an agent beyond its summary.
     *
     * @param summary
     *            the listing's view
     * @param registeredAt
     *            when it first registered
     * @param intervalMillis
     *            its heartbeat interval
     * @param roaming
     *            whether it last reported roaming
     * @param componentVersionsJson
     *            its component versions as JSON
     * @param inventoryJson
     *            its latest inventory as JSON, or {@code null}
     * @param inventoryAt
     *            when that inventory arrived, or {@code null}
     */
    public record Stored(AgentSummary summary, Instant registeredAt, int intervalMillis, boolean roaming,
            String componentVersionsJson, String inventoryJson, Instant inventoryAt) {
    }

    /**
     * One row of presence, for loading it at start.
     *
     * @param id
     *            the agent
     * @param lastSeen
     *            when it was last heard from, or {@code null}
     * @param intervalMillis
     *            its heartbeat interval
     * @param roaming
     *            whether it last reported roaming
     * @param status
     *            its stored status
     * @param componentVersionsJson
     *            its component versions as JSON
     */
    public record PresenceRow(UUID id, Instant lastSeen, int intervalMillis, boolean roaming, String status,
            String componentVersionsJson) {
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            an agent
     * @return its domain, wrapped, if the agent exists: {@code Optional.of(Optional.empty())} for an agent under the
     *         root
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Optional<Long>> domainOf(Connection connection, UUID id) throws SQLException {
        return Jdbc.one(connection, "SELECT domain_id FROM agent WHERE id = ?", //$NON-NLS-1$
                row -> Optional.ofNullable(Jdbc.nullableLong(row, "domain_id")), id); //$NON-NLS-1$
    }

    /**
     * Adds a newly registered agent.
     *
     * @param connection
     *            the transaction
     * @param facts
     *            what it registered with
     * @param domainId
     *            its domain, or {@code null} for the root
     * @param status
     *            its first status
     * @param now
     *            the registration time
     * @throws SQLException
     *             if it cannot be stored, e.g. because it already exists
     */
    public void insert(Connection connection, Facts facts, Long domainId, String status, Instant now)
            throws SQLException {
        Jdbc.update(connection,
                "INSERT INTO agent (id, host_name, ip, domain_id, registered_at, agent_version, heartbeat_interval_ms," //$NON-NLS-1$
                        + " last_seen, roaming, status, component_versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                facts.id(), facts.hostName(), facts.ip(), domainId, now, facts.agentVersion(),
                Integer.valueOf(facts.intervalMillis()), now, Boolean.valueOf(facts.roaming()), status,
                facts.componentVersionsJson());
    }

    /**
     * Takes the facts of an agent registering again; its domain stays.
     *
     * @param connection
     *            the transaction
     * @param facts
     *            what it registered with
     * @param status
     *            its status now
     * @param now
     *            the registration time
     * @throws SQLException
     *             if it cannot be stored
     */
    public void updateFacts(Connection connection, Facts facts, String status, Instant now) throws SQLException {
        Jdbc.update(connection,
                "UPDATE agent SET host_name = ?, ip = ?, agent_version = ?, heartbeat_interval_ms = ?, last_seen = ?," //$NON-NLS-1$
                        + " roaming = ?, status = ?, component_versions = ? WHERE id = ?", //$NON-NLS-1$
                facts.hostName(), facts.ip(), facts.agentVersion(), Integer.valueOf(facts.intervalMillis()), now,
                Boolean.valueOf(facts.roaming()), status, facts.componentVersionsJson(), facts.id());
    }

    /**
     * Replaces the agent's inventory, or stores its first. The agent's row is written first: it locks the agent, so
     * that two reports of one agent in concurrent transactions do not both find no inventory and both insert one.
     *
     * @param connection
     *            the transaction
     * @param id
     *            the agent
     * @param inventoryJson
     *            its inventory as JSON
     * @param os
     *            its operating system for listings
     * @param now
     *            when the report arrived
     * @return whether the agent exists
     * @throws SQLException
     *             if it cannot be stored
     */
    public boolean storeInventory(Connection connection, UUID id, String inventoryJson, String os, Instant now)
            throws SQLException {
        if (Jdbc.update(connection, "UPDATE agent SET os = ? WHERE id = ?", os, id) == 0) { //$NON-NLS-1$
            return false;
        }
        if (Jdbc.update(connection, "UPDATE agent_inventory SET inventory = ?, inventory_at = ? WHERE agent_id = ?", //$NON-NLS-1$
                inventoryJson, now, id) == 0) {
            Jdbc.update(connection, "INSERT INTO agent_inventory (agent_id, inventory, inventory_at) VALUES (?, ?, ?)", //$NON-NLS-1$
                    id, inventoryJson, now);
        }
        return true;
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            an agent
     * @return its summary, if it exists
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<AgentSummary> find(Connection connection, UUID id) throws SQLException {
        return Jdbc.one(connection, "SELECT " + SUMMARY_COLUMNS + " FROM agent WHERE id = ?", AgentStore::summary, //$NON-NLS-1$ //$NON-NLS-2$
                id);
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            an agent
     * @return everything kept of it, if it exists
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Stored> detail(Connection connection, UUID id) throws SQLException {
        return Jdbc.one(connection, "SELECT " + SUMMARY_COLUMNS //$NON-NLS-1$
                + ", registered_at, heartbeat_interval_ms, roaming, component_versions, inventory, inventory_at" //$NON-NLS-1$
                + " FROM agent LEFT JOIN agent_inventory ON agent_id = id WHERE id = ?", //$NON-NLS-1$
                row -> new Stored(summary(row), Jdbc.instant(row, "registered_at"), //$NON-NLS-1$
                        row.getInt("heartbeat_interval_ms"), row.getBoolean("roaming"), //$NON-NLS-1$ //$NON-NLS-2$
                        row.getString("component_versions"), row.getString("inventory"), //$NON-NLS-1$ //$NON-NLS-2$
                        Jdbc.instant(row, "inventory_at")), //$NON-NLS-1$
                id);
    }

    /**
     * @param connection
     *            an open connection
     * @param ids
     *            agents
     * @return the summaries of those that exist, by id, in the order given
     * @throws SQLException
     *             if the table cannot be read
     */
    public Map<UUID, AgentSummary> findAll(Connection connection, List<UUID> ids) throws SQLException {
        Map<UUID, AgentSummary> found = new LinkedHashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            for (AgentSummary summary : Jdbc.query(connection,
                    "SELECT " + SUMMARY_COLUMNS + " FROM agent WHERE id IN (" + placeholders(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    AgentStore::summary, chunk.toArray())) {
                found.put(summary.id(), summary);
            }
        }
        Map<UUID, AgentSummary> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            AgentSummary summary = found.get(id);
            if (summary != null) {
                ordered.put(id, summary);
            }
        }
        return ordered;
    }

    /**
     * @param connection
     *            the transaction
     * @param ids
     *            existing agents
     * @param domainId
     *            their new domain, or {@code null} for the root
     * @throws SQLException
     *             if they cannot be changed
     */
    public void move(Connection connection, List<UUID> ids, Long domainId) throws SQLException {
        for (List<UUID> chunk : chunks(ids)) {
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(domainId);
            parameters.addAll(chunk);
            Jdbc.update(connection,
                    "UPDATE agent SET domain_id = ? WHERE id IN (" + placeholders(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
                    parameters.toArray());
        }
    }

    /**
     * @param connection
     *            the transaction
     * @param ids
     *            existing agents
     * @param updateAgent
     *            whether they are update agents from now on
     * @throws SQLException
     *             if they cannot be changed
     */
    public void markUpdateAgents(Connection connection, List<UUID> ids, boolean updateAgent) throws SQLException {
        for (List<UUID> chunk : chunks(ids)) {
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(Boolean.valueOf(updateAgent));
            parameters.addAll(chunk);
            Jdbc.update(connection,
                    "UPDATE agent SET update_agent = ? WHERE id IN (" + placeholders(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
                    parameters.toArray());
        }
    }

    /**
     * @param connection
     *            an open connection
     * @return how many agents are in each status
     * @throws SQLException
     *             if the table cannot be read
     */
    public AgentCounts countByStatus(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Long> count : Jdbc.query(connection,
                "SELECT status, COUNT(*) FROM agent GROUP BY status", //$NON-NLS-1$
                row -> Map.entry(row.getString(1), Long.valueOf(row.getLong(2))))) {
            counts.put(count.getKey(), count.getValue());
        }
        return new AgentCounts(count(counts, AgentStatus.ONLINE), count(counts, AgentStatus.OFFLINE),
                count(counts, AgentStatus.ROAMING), count(counts, AgentStatus.MOVING));
    }

    /**
     * @param connection
     *            an open connection
     * @return the presence of every agent
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<PresenceRow> presence(Connection connection) throws SQLException {
        return Jdbc.query(connection,
                "SELECT id, last_seen, heartbeat_interval_ms, roaming, status, component_versions FROM agent", //$NON-NLS-1$
                row -> new PresenceRow(row.getObject("id", UUID.class), Jdbc.instant(row, "last_seen"), //$NON-NLS-1$ //$NON-NLS-2$
                        row.getInt("heartbeat_interval_ms"), row.getBoolean("roaming"), row.getString("status"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        row.getString("component_versions"))); //$NON-NLS-1$
    }

    /**
     * Writes the latest presence of agents in one batch.
     *
     * @param connection
     *            the transaction
     * @param agents
     *            snapshots of the agents to write
     * @throws SQLException
     *             if they cannot be written
     */
    public void writePresence(Connection connection, Collection<LiveAgent.Snapshot> agents) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE agent SET last_seen = ?, roaming = ?, component_versions = ? WHERE id = ?")) { //$NON-NLS-1$
            for (LiveAgent.Snapshot agent : agents) {
                update.setObject(1, agent.lastSeen().atOffset(ZoneOffset.UTC));
                update.setBoolean(2, agent.roaming());
                update.setString(3, agent.componentVersionsJson());
                update.setObject(4, agent.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Writes new statuses in one batch.
     *
     * @param connection
     *            the transaction
     * @param statuses
     *            the new status of each changed agent
     * @throws SQLException
     *             if they cannot be written
     */
    public void writeStatuses(Connection connection, Map<UUID, String> statuses) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE agent SET status = ? WHERE id = ?")) { //$NON-NLS-1$
            for (Map.Entry<UUID, String> entry : statuses.entrySet()) {
                update.setString(1, entry.getValue());
                update.setObject(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Reads the summary by column position, not by name: a stream maps every agent through here, and looking a column
     * up by its label costs more than reading it.
     *
     * @param row
     *            a row holding {@link #SUMMARY_COLUMNS} as its first columns, in that order
     * @return the summary
     * @throws SQLException
     *             if a column cannot be read
     */
    static AgentSummary summary(ResultSet row) throws SQLException {
        return summary(row, id -> null);
    }

    /**
     * @param row
     *            a row holding {@link #SUMMARY_COLUMNS} as its first columns, in that order
     * @param liveLastSeen
     *            the last-seen time known more recently than the row's, or {@code null}; when there is one, the stored
     *            column is not even converted
     * @return the agent the row describes
     * @throws SQLException
     *             if the row cannot be read
     */
    static AgentSummary summary(ResultSet row, Function<UUID, Instant> liveLastSeen) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        long domainId = row.getLong(5);
        Long domain = row.wasNull() ? null : Long.valueOf(domainId);
        Instant lastSeen = liveLastSeen.apply(id);
        if (lastSeen == null) {
            OffsetDateTime stored = row.getObject(7, OffsetDateTime.class);
            lastSeen = stored == null ? null : stored.toInstant();
        }
        return new AgentSummary(id, row.getString(2), row.getString(3), row.getString(4), domain, row.getString(6),
                lastSeen, row.getBoolean(8), row.getString(9));
    }

    private static long count(Map<String, Long> counts, String status) {
        Long count = counts.get(status);
        return count == null ? 0 : count.longValue();
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += IDS_PER_STATEMENT) {
            chunks.add(ids.subList(start, Math.min(ids.size(), start + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
