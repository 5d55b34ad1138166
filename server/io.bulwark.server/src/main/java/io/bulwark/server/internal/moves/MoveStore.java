package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.server.internal.storage.Jdbc;

/** The {@code move_job}, {@code move_item} and {@code agent_departure} tables: moves this server carries out. */
final class MoveStore {

    private static final int BATCH = 1000;
    private static final int CHUNK = 500;
    private static final String JOB_COLUMNS = "id, request_hash, target_server_id, target_host, target_port," //$NON-NLS-1$
            + " target_fingerprint, ticket, source_token, deadline, offline_agents, cancelled, created_at, created_by"; //$NON-NLS-1$
    private static final String ITEM_COLUMNS = "move_id, agent_id, state, reason, changed_at, command_id"; //$NON-NLS-1$

    /**
     * One move.
     *
     * @param id
     *            its id, chosen by the caller
     * @param requestHash
     *            SHA-256 of its request, to recognise a repeat
     * @param target
     *            where its agents go
     * @param ticket
     *            the target's ticket token, which its agents present there
     * @param sourceToken
     *            the ticket's source token, which this server alone presents to ask about arrivals; {@code null} for a
     *            move started before source tokens
     * @param deadline
     *            its deadline
     * @param offlineAgents
     *            wait or skip
     * @param cancelled
     *            whether it was cancelled
     * @param createdAt
     *            when it was accepted
     * @param createdBy
     *            who asked for it
     */
    record Job(UUID id, String requestHash, MoveTarget target, String ticket, String sourceToken, Instant deadline,
            String offlineAgents, boolean cancelled, Instant createdAt, String createdBy) {
    }

    /**
     * One agent of a move.
     *
     * @param moveId
     *            the move
     * @param agentId
     *            the agent
     * @param state
     *            a {@link MoveItemProgress} state
     * @param reason
     *            why it ended so, or {@code null}
     * @param changedAt
     *            when it entered the state
     * @param commandId
     *            its relocate command, or {@code null}
     */
    record Item(UUID moveId, UUID agentId, String state, String reason, Instant changedAt, Long commandId) {

        MoveItemProgress progress() {
            return new MoveItemProgress(agentId, state, reason, changedAt);
        }
    }

    void insert(Connection connection, Job job, List<Item> items) throws SQLException {
        MoveTarget target = job.target();
        Jdbc.update(connection,
                "INSERT INTO move_job (" + JOB_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                job.id(), job.requestHash(), target.serverId(), target.host(), Integer.valueOf(target.port()),
                target.fingerprint(), job.ticket(), job.sourceToken(), job.deadline(), job.offlineAgents(),
                Boolean.valueOf(job.cancelled()), job.createdAt(), job.createdBy());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO move_item (move_id, agent_id," //$NON-NLS-1$
                + " position, state, reason, changed_at, command_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                insert.setObject(1, job.id());
                insert.setObject(2, item.agentId());
                insert.setInt(3, i);
                insert.setString(4, item.state());
                insert.setString(5, item.reason());
                insert.setObject(6, item.changedAt().atOffset(ZoneOffset.UTC));
                insert.setObject(7, item.commandId());
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    Optional<Job> find(Connection connection, UUID id) throws SQLException {
        return Jdbc.one(connection, "SELECT " + JOB_COLUMNS + " FROM move_job WHERE id = ?", MoveStore::job, id); //$NON-NLS-1$ //$NON-NLS-2$
    }

    List<Job> list(Connection connection, int limit) throws SQLException {
        return Jdbc.query(connection, "SELECT " + JOB_COLUMNS + " FROM move_job ORDER BY created_at DESC, id" //$NON-NLS-1$ //$NON-NLS-2$
                + " FETCH FIRST " + limit + " ROWS ONLY", MoveStore::job); //$NON-NLS-1$ //$NON-NLS-2$
    }

    List<Item> items(Connection connection, UUID moveId) throws SQLException {
        return Jdbc.query(connection,
                "SELECT " + ITEM_COLUMNS + " FROM move_item WHERE move_id = ? ORDER BY position", //$NON-NLS-1$ //$NON-NLS-2$
                MoveStore::item, moveId);
    }

    /** @return the unfinished (waiting or moving) items of these agents */
    List<Item> unfinishedOf(Connection connection, Collection<UUID> agentIds) throws SQLException {
        List<UUID> all = new ArrayList<>(agentIds);
        List<Item> found = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<UUID> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(MoveItemProgress.WAITING);
            parameters.add(MoveItemProgress.MOVING);
            found.addAll(Jdbc.query(connection,
                    "SELECT " + ITEM_COLUMNS + " FROM move_item WHERE agent_id IN (" //$NON-NLS-1$ //$NON-NLS-2$
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND state IN (?, ?)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    MoveStore::item, parameters.toArray()));
        }
        return found;
    }

    /** @return every item in a state */
    List<Item> inState(Connection connection, String state) throws SQLException {
        return Jdbc.query(connection, "SELECT " + ITEM_COLUMNS + " FROM move_item WHERE state = ?", //$NON-NLS-1$ //$NON-NLS-2$
                MoveStore::item, state);
    }

    /**
     * @return the unfinished items of moves whose deadline has come that this server ends by itself: those waiting, and
     *         those moving whose relocate command was never handed out. An agent that was handed its relocate may live
     *         on the target by now; the {@link ArrivalReconciler} ends those with the target.
     */
    List<Item> due(Connection connection, Instant now) throws SQLException {
        return Jdbc.query(connection,
                "SELECT " + ITEM_COLUMNS + " FROM move_item i WHERE i.move_id IN" //$NON-NLS-1$ //$NON-NLS-2$
                        + " (SELECT id FROM move_job WHERE deadline <= ?) AND (i.state = ? OR (i.state = ? AND NOT EXISTS" //$NON-NLS-1$
                        + " (SELECT 1 FROM agent_command c WHERE c.id = i.command_id AND c.delivered_at IS NOT NULL)))", //$NON-NLS-1$
                MoveStore::item, now, MoveItemProgress.WAITING, MoveItemProgress.MOVING);
    }

    /** @return moving items whose relocate command was handed out at or before {@code deliveredBy} */
    List<Handed> handedOutBy(Connection connection, Instant deliveredBy) throws SQLException {
        return Jdbc.query(connection,
                "SELECT i.move_id, i.agent_id, c.delivered_at FROM move_item i JOIN agent_command c" //$NON-NLS-1$
                        + " ON c.id = i.command_id WHERE i.state = ? AND c.delivered_at <= ?", //$NON-NLS-1$
                row -> new Handed(row.getObject("move_id", UUID.class), row.getObject("agent_id", UUID.class), //$NON-NLS-1$ //$NON-NLS-2$
                        Jdbc.instant(row, "delivered_at")), //$NON-NLS-1$
                MoveItemProgress.MOVING, deliveredBy);
    }

    /**
     * A moving item whose relocate command was handed out.
     *
     * @param moveId
     *            the move
     * @param agentId
     *            the agent
     * @param deliveredAt
     *            when
     */
    record Handed(UUID moveId, UUID agentId, Instant deliveredAt) {
    }

    Optional<Item> item(Connection connection, UUID moveId, UUID agentId) throws SQLException {
        return Jdbc.one(connection, "SELECT " + ITEM_COLUMNS + " FROM move_item WHERE move_id = ? AND agent_id = ?", //$NON-NLS-1$ //$NON-NLS-2$
                MoveStore::item, moveId, agentId);
    }

    /** @return the agent's latest item of any move that is not waiting */
    Optional<Item> latestOf(Connection connection, UUID agentId) throws SQLException {
        return Jdbc.one(connection,
                "SELECT " + ITEM_COLUMNS + " FROM move_item WHERE agent_id = ? ORDER BY changed_at DESC" //$NON-NLS-1$ //$NON-NLS-2$
                        + " FETCH FIRST 1 ROWS ONLY", //$NON-NLS-1$
                MoveStore::item, agentId);
    }

    /**
     * Moves an item from one state to another, only if it is still in the first.
     *
     * @return whether it changed
     */
    boolean transition(Connection connection, Item item, String from, String to, String reason, Long commandId,
            Instant now) throws SQLException {
        return Jdbc.update(connection,
                "UPDATE move_item SET state = ?, reason = ?, changed_at = ?, command_id = ? WHERE move_id = ?" //$NON-NLS-1$
                        + " AND agent_id = ? AND state = ?", //$NON-NLS-1$
                to, reason, now, commandId, item.moveId(), item.agentId(), from) == 1;
    }

    void cancelJob(Connection connection, UUID moveId) throws SQLException {
        Jdbc.update(connection, "UPDATE move_job SET cancelled = TRUE WHERE id = ?", moveId); //$NON-NLS-1$
    }

    void recordDeparture(Connection connection, UUID agentId, UUID moveId, UUID targetServerId, Instant now)
            throws SQLException {
        Jdbc.update(connection, "DELETE FROM agent_departure WHERE agent_id = ?", agentId); //$NON-NLS-1$
        Jdbc.update(connection,
                "INSERT INTO agent_departure (agent_id, move_id, target_server_id, departed_at) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
                agentId, moveId, targetServerId, now);
    }

    private static Job job(ResultSet row) throws SQLException {
        return new Job(row.getObject("id", UUID.class), row.getString("request_hash"), //$NON-NLS-1$ //$NON-NLS-2$
                new MoveTarget(row.getObject("target_server_id", UUID.class), row.getString("target_host"), //$NON-NLS-1$ //$NON-NLS-2$
                        row.getInt("target_port"), row.getString("target_fingerprint")), //$NON-NLS-1$ //$NON-NLS-2$
                row.getString("ticket"), row.getString("source_token"), Jdbc.instant(row, "deadline"), //$NON-NLS-1$ //$NON-NLS-2$
                row.getString("offline_agents"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getBoolean("cancelled"), Jdbc.instant(row, "created_at"), row.getString("created_by")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getObject("move_id", UUID.class), row.getObject("agent_id", UUID.class), //$NON-NLS-1$ //$NON-NLS-2$
                row.getString("state"), row.getString("reason"), Jdbc.instant(row, "changed_at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Jdbc.nullableLong(row, "command_id")); //$NON-NLS-1$
    }
}
