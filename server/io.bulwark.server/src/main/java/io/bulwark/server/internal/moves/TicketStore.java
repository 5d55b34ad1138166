package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.storage.Jdbc;

/** The {@code move_ticket} and {@code move_ticket_agent} tables: the tickets this server issued as a target. */
final class TicketStore {

    private static final int BATCH = 1000;
    private static final int CHUNK = 500;
    private static final String TICKET_COLUMNS = "id, token_hash, source_server_id, domain_id, deadline, revoked," //$NON-NLS-1$
            + " created_at, created_by, idempotency_key, request_hash"; //$NON-NLS-1$

    /**
     * One ticket.
     *
     * @param id
     *            its id
     * @param tokenHash
     *            SHA-256 of its token
     * @param sourceServerId
     *            the source it admits agents from
     * @param domainId
     *            the domain arriving agents join, {@code null} for the root
     * @param deadline
     *            when it lapses
     * @param revoked
     *            whether it was revoked
     * @param createdAt
     *            when it was issued
     * @param createdBy
     *            the account that asked for it
     * @param idempotencyKey
     *            the request's {@code Idempotency-Key}, or {@code null}
     * @param requestHash
     *            SHA-256 of the request
     */
    record Ticket(UUID id, String tokenHash, UUID sourceServerId, Long domainId, Instant deadline, boolean revoked,
            Instant createdAt, String createdBy, String idempotencyKey, String requestHash) {
    }

    /**
     * One agent of a ticket.
     *
     * @param ticketId
     *            the ticket
     * @param agentId
     *            the agent
     * @param state
     *            a {@link TicketAgent} state
     * @param registration
     *            its registration on arrival as JSON, or {@code null}
     * @param receipt
     *            the receipt handed to it as JSON, or {@code null}
     */
    record Entry(UUID ticketId, UUID agentId, String state, String registration, String receipt) {
    }

    void insert(Connection connection, Ticket ticket, List<UUID> agentIds) throws SQLException {
        Jdbc.update(connection,
                "INSERT INTO move_ticket (" + TICKET_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$ //$NON-NLS-2$
                ticket.id(), ticket.tokenHash(), ticket.sourceServerId(), ticket.domainId(), ticket.deadline(),
                Boolean.valueOf(ticket.revoked()), ticket.createdAt(), ticket.createdBy(), ticket.idempotencyKey(),
                ticket.requestHash());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO move_ticket_agent (ticket_id, agent_id, position, state, changed_at) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (int i = 0; i < agentIds.size(); i++) {
                insert.setObject(1, ticket.id());
                insert.setObject(2, agentIds.get(i));
                insert.setInt(3, i);
                insert.setString(4, TicketAgent.EXPECTED);
                insert.setObject(5, ticket.createdAt().atOffset(ZoneOffset.UTC));
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    Optional<Ticket> find(Connection connection, UUID id) throws SQLException {
        return Jdbc.one(connection, "SELECT " + TICKET_COLUMNS + " FROM move_ticket WHERE id = ?", TicketStore::ticket, //$NON-NLS-1$ //$NON-NLS-2$
                id);
    }

    Optional<Ticket> findByKey(Connection connection, String user, String key) throws SQLException {
        return Jdbc.one(connection,
                "SELECT " + TICKET_COLUMNS + " FROM move_ticket WHERE created_by = ? AND idempotency_key = ?", //$NON-NLS-1$ //$NON-NLS-2$
                TicketStore::ticket, user, key);
    }

    List<TicketAgent> agents(Connection connection, UUID ticketId) throws SQLException {
        return Jdbc.query(connection,
                "SELECT agent_id, state FROM move_ticket_agent WHERE ticket_id = ? ORDER BY position", //$NON-NLS-1$
                row -> new TicketAgent(row.getObject("agent_id", UUID.class), row.getString("state")), ticketId); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Optional<Entry> entry(Connection connection, UUID ticketId, UUID agentId) throws SQLException {
        return Jdbc.one(connection,
                "SELECT ticket_id, agent_id, state, registration, receipt FROM move_ticket_agent" //$NON-NLS-1$
                        + " WHERE ticket_id = ? AND agent_id = ?", //$NON-NLS-1$
                TicketStore::entry, ticketId, agentId);
    }

    /** @return the entries of a ticket for these agents, by agent; agents the ticket does not name are absent */
    Map<UUID, Entry> entries(Connection connection, UUID ticketId, List<UUID> agentIds) throws SQLException {
        Map<UUID, Entry> found = new HashMap<>();
        for (int start = 0; start < agentIds.size(); start += CHUNK) {
            List<UUID> chunk = agentIds.subList(start, Math.min(agentIds.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>();
            parameters.add(ticketId);
            parameters.addAll(chunk);
            for (Entry entry : Jdbc.query(connection,
                    "SELECT ticket_id, agent_id, state, registration, receipt FROM move_ticket_agent" //$NON-NLS-1$
                            + " WHERE ticket_id = ? AND agent_id IN (" + marks(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
                    TicketStore::entry, parameters.toArray())) {
                found.put(entry.agentId(), entry);
            }
        }
        return found;
    }

    /**
     * Lets go of the agents of a ticket that are still expected: they lapse, so the ticket no longer admits them.
     * Agents that registered (provisional or arrived) keep their state.
     *
     * @return how many were released
     */
    int release(Connection connection, UUID ticketId, List<UUID> agentIds, Instant now) throws SQLException {
        int released = 0;
        for (int start = 0; start < agentIds.size(); start += CHUNK) {
            List<UUID> chunk = agentIds.subList(start, Math.min(agentIds.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>();
            parameters.add(TicketAgent.LAPSED);
            parameters.add(now);
            parameters.add(ticketId);
            parameters.add(TicketAgent.EXPECTED);
            parameters.addAll(chunk);
            released += Jdbc.update(connection,
                    "UPDATE move_ticket_agent SET state = ?, changed_at = ? WHERE ticket_id = ? AND state = ?" //$NON-NLS-1$
                            + " AND agent_id IN (" + marks(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
                    parameters.toArray());
        }
        return released;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the provisional entries of an agent, newest ticket first */
    List<Entry> provisionalOf(Connection connection, UUID agentId) throws SQLException {
        return Jdbc.query(connection,
                "SELECT e.ticket_id, e.agent_id, e.state, e.registration, e.receipt FROM move_ticket_agent e" //$NON-NLS-1$
                        + " JOIN move_ticket t ON t.id = e.ticket_id WHERE e.agent_id = ? AND e.state = ?" //$NON-NLS-1$
                        + " ORDER BY t.created_at DESC", //$NON-NLS-1$
                TicketStore::entry, agentId, TicketAgent.PROVISIONAL);
    }

    /**
     * Stores an entry's new state only if it is still in {@code from}, so that an arrival and a concurrent release
     * cannot both win.
     *
     * @return whether it changed
     */
    boolean update(Connection connection, Entry entry, String from, Instant now) throws SQLException {
        return Jdbc.update(connection,
                "UPDATE move_ticket_agent SET state = ?, registration = ?, receipt = ?, changed_at = ?" //$NON-NLS-1$
                        + " WHERE ticket_id = ? AND agent_id = ? AND state = ?", //$NON-NLS-1$
                entry.state(), entry.registration(), entry.receipt(), now, entry.ticketId(), entry.agentId(),
                from) == 1;
    }

    void update(Connection connection, Entry entry, Instant now) throws SQLException {
        Jdbc.update(connection,
                "UPDATE move_ticket_agent SET state = ?, registration = ?, receipt = ?, changed_at = ?" //$NON-NLS-1$
                        + " WHERE ticket_id = ? AND agent_id = ?", //$NON-NLS-1$
                entry.state(), entry.registration(), entry.receipt(), now, entry.ticketId(), entry.agentId());
    }

    /**
     * Sets where agents still expected join on arrival.
     *
     * @return how many of the agents were still expected
     */
    int place(Connection connection, UUID ticketId, Long domainId, List<UUID> agentIds, Instant now)
            throws SQLException {
        int placed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE move_ticket_agent SET domain_id = ?, changed_at = ? WHERE ticket_id = ? AND agent_id = ?" //$NON-NLS-1$
                        + " AND state = ?")) { //$NON-NLS-1$
            for (int i = 0; i < agentIds.size(); i++) {
                update.setObject(1, domainId);
                update.setObject(2, now.atOffset(ZoneOffset.UTC));
                update.setObject(3, ticketId);
                update.setObject(4, agentIds.get(i));
                update.setString(5, TicketAgent.EXPECTED);
                update.addBatch();
                if ((i + 1) % BATCH == 0) {
                    placed += sum(update.executeBatch());
                }
            }
            placed += sum(update.executeBatch());
        }
        return placed;
    }

    /** @return where the agent joins on arrival if it has a placement of its own */
    Optional<Long> placement(Connection connection, UUID ticketId, UUID agentId) throws SQLException {
        return Jdbc.one(connection, "SELECT domain_id FROM move_ticket_agent WHERE ticket_id = ? AND agent_id = ?" //$NON-NLS-1$
                + " AND domain_id IS NOT NULL", row -> Long.valueOf(row.getLong(1)), ticketId, agentId); //$NON-NLS-1$
    }

    /** Where one of a ticket's agents joins on arrival: {@code domainId} {@code null} for the ticket's domain. */
    record Placement(UUID agentId, String state, Long domainId) {
    }

    /** @return the ticket's agents with their state and placement */
    Map<UUID, Placement> placements(Connection connection, UUID ticketId) throws SQLException {
        Map<UUID, Placement> found = new HashMap<>();
        for (Placement placement : Jdbc.query(connection,
                "SELECT agent_id, state, domain_id FROM move_ticket_agent WHERE ticket_id = ?", //$NON-NLS-1$
                row -> new Placement(row.getObject(1, UUID.class), row.getString(2),
                        Jdbc.nullableLong(row, "domain_id")), //$NON-NLS-1$
                ticketId)) {
            found.put(placement.agentId(), placement);
        }
        return found;
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += Math.max(count, 0);
        }
        return sum;
    }

    /**
     * Revokes a ticket: every agent still expected lapses, so none arrives under it any more. Provisional records stay
     * until they lapse after the deadline, as without the revocation: each one's agent holds a receipt, which its
     * source may have accepted and forgotten the agent on, and becomes an agent here on its first heartbeat.
     */
    void revoke(Connection connection, UUID ticketId, Instant now) throws SQLException {
        Jdbc.update(connection, "UPDATE move_ticket SET revoked = TRUE WHERE id = ?", ticketId); //$NON-NLS-1$
        Jdbc.update(connection,
                "UPDATE move_ticket_agent SET state = ?, changed_at = ? WHERE ticket_id = ? AND state = ?", //$NON-NLS-1$
                TicketAgent.LAPSED, now, ticketId, TicketAgent.EXPECTED);
    }

    /**
     * Lapses agents of tickets whose time is up: expected ones at the deadline, provisional ones (which may be on their
     * way here with a receipt the source accepted) after a grace period past it, and past the time they became
     * provisional: a restore that made an arrival provisional again after the deadline gives its agent the same grace
     * to heartbeat here, which it otherwise lost before its next heartbeat.
     *
     * @return the provisional records that went, each agent with its ticket (an agent may have records in more than one
     *         ticket, and only these went)
     */
    List<Entry> lapseDue(Connection connection, Instant now, Instant provisionalCutoff) throws SQLException {
        Jdbc.update(connection,
                "UPDATE move_ticket_agent SET state = ?, changed_at = ? WHERE state = ? AND ticket_id IN" //$NON-NLS-1$
                        + " (SELECT id FROM move_ticket WHERE deadline <= ?)", //$NON-NLS-1$
                TicketAgent.LAPSED, now, TicketAgent.EXPECTED, now);
        String due = " state = ? AND changed_at <= ? AND ticket_id IN (SELECT id FROM move_ticket WHERE deadline <= ?)"; //$NON-NLS-1$
        List<Entry> lapsed = Jdbc.query(connection,
                "SELECT ticket_id, agent_id, state, registration, receipt FROM move_ticket_agent WHERE" + due, //$NON-NLS-1$
                TicketStore::entry, TicketAgent.PROVISIONAL, provisionalCutoff, provisionalCutoff);
        if (!lapsed.isEmpty()) {
            Jdbc.update(connection,
                    "UPDATE move_ticket_agent SET state = ?, registration = NULL, changed_at = ? WHERE" + due, //$NON-NLS-1$
                    TicketAgent.LAPSED, now, TicketAgent.PROVISIONAL, provisionalCutoff, provisionalCutoff);
        }
        return lapsed;
    }

    /** @return every agent with a provisional record, with its ticket */
    Map<UUID, UUID> provisional(Connection connection) throws SQLException {
        Map<UUID, UUID> found = new HashMap<>();
        for (Entry entry : Jdbc.query(connection,
                "SELECT ticket_id, agent_id, state, registration, receipt FROM move_ticket_agent WHERE state = ?", //$NON-NLS-1$
                TicketStore::entry, TicketAgent.PROVISIONAL)) {
            found.put(entry.agentId(), entry.ticketId());
        }
        return found;
    }

    private static Ticket ticket(ResultSet row) throws SQLException {
        return new Ticket(row.getObject("id", UUID.class), row.getString("token_hash"), //$NON-NLS-1$ //$NON-NLS-2$
                row.getObject("source_server_id", UUID.class), Jdbc.nullableLong(row, "domain_id"), //$NON-NLS-1$ //$NON-NLS-2$
                Jdbc.instant(row, "deadline"), row.getBoolean("revoked"), Jdbc.instant(row, "created_at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getString("created_by"), row.getString("idempotency_key"), row.getString("request_hash")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getObject("ticket_id", UUID.class), row.getObject("agent_id", UUID.class), //$NON-NLS-1$ //$NON-NLS-2$
                row.getString("state"), row.getString("registration"), row.getString("receipt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
