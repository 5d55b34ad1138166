package io.bulwark.server.internal.commands;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;
import io.bulwark.server.internal.storage.Restorable;

/**
 * The {@code agent_command} table. Commands are queued in the caller's transaction and handed out on the agent's next
 * heartbeat. An in-memory set of agents with queued commands, rebuilt from the table at start and after a backup is
 * restored, lets a heartbeat without commands skip the database entirely.
 */
public final class CommandQueue implements Restorable, AutoCloseable {

    private static final String COLUMNS = "id, agent_id, kind, payload, state, created_at, delivered_at," //$NON-NLS-1$
            + " completed_at, result"; //$NON-NLS-1$

    private static final int BATCH = 1000;

    private final Database database;
    private final Clock clock;
    private static final Logger LOG = LoggerFactory.getLogger(CommandQueue.class);

    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService rescans;

    /**
     * Loads which agents have queued commands.
     *
     * @param database
     *            the server's database
     * @param clock
     *            stamps state changes
     * @throws SQLException
     *             if the table cannot be read
     */
    public CommandQueue(Database database, Clock clock) throws SQLException {
        this.database = database;
        this.clock = clock;
        reload();
    }

    /**
     * Adds the agents with queued commands in the table to the in-memory set. Entries are never removed here: an extra
     * entry only costs one query on the agent's next heartbeat, while a missing one would hide its commands.
     */
    @Override
    public void reload() throws SQLException {
        rescan();
    }

    /**
     * Starts re-reading, every {@code period}, which agents have queued commands. A command queued in a transaction
     * that a heartbeat overtook (the heartbeat saw the hint, found nothing yet committed and cleared the hint) is thus
     * delivered at the latest one period later, whichever feature queued it.
     *
     * @param period
     *            how often
     */
    public synchronized void startRescans(Duration period) {
        if (rescans != null) {
            return;
        }
        rescans = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulwark-command-rescan"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        rescans.scheduleWithFixedDelay(() -> {
            try {
                rescan();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Cannot re-read the queued commands; trying again later", e); //$NON-NLS-1$
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the rescans. */
    @Override
    public synchronized void close() {
        if (rescans != null) {
            rescans.shutdownNow();
            rescans = null;
        }
    }

    private void rescan() throws SQLException {
        try (Connection connection = database.connection()) {
            waiting.addAll(Jdbc.query(connection, "SELECT DISTINCT agent_id FROM agent_command WHERE state = ?", //$NON-NLS-1$
                    row -> row.getObject(1, UUID.class), QueuedCommand.QUEUED));
        }
    }

    /**
     * Queues a command. The in-memory hint is set at once; if the transaction rolls back the agent's next heartbeat
     * simply finds nothing.
     *
     * @param connection
     *            the caller's transaction
     * @param agentId
     *            the agent
     * @param kind
     *            what to do
     * @param payload
     *            its parameters as JSON, or {@code null}
     * @return the command's id
     * @throws SQLException
     *             if it cannot be stored
     */
    public long enqueue(Connection connection, UUID agentId, String kind, String payload) throws SQLException {
        long id = Jdbc.insert(connection,
                "INSERT INTO agent_command (agent_id, kind, payload, state, created_at) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
                agentId, kind, payload, QueuedCommand.QUEUED, clock.instant());
        waiting.add(agentId);
        return id;
    }

    /**
     * Queues the same command for many agents in batches, one command each; the in-memory hints are set at once.
     *
     * @param connection
     *            the caller's transaction
     * @param agentIds
     *            the agents
     * @param kind
     *            what to do
     * @param payload
     *            its parameters as JSON, the same for every agent, or {@code null}
     * @return the commands' ids, in the order of the agents
     * @throws SQLException
     *             if they cannot be stored
     */
    public List<Long> enqueueAll(Connection connection, List<UUID> agentIds, String kind, String payload)
            throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>(agentIds.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO agent_command (agent_id, kind, payload, state, created_at) VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
                new String[]{"id"})) { //$NON-NLS-1$
            for (int start = 0; start < agentIds.size(); start += BATCH) {
                List<UUID> batch = agentIds.subList(start, Math.min(agentIds.size(), start + BATCH));
                for (UUID agentId : batch) {
                    insert.setObject(1, agentId);
                    insert.setString(2, kind);
                    insert.setString(3, payload);
                    insert.setString(4, QueuedCommand.QUEUED);
                    insert.setObject(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(Long.valueOf(keys.getLong(1)));
                    }
                }
            }
        }
        if (ids.size() != agentIds.size()) {
            throw new SQLException("Queued " + agentIds.size() + " commands but the database returned " + ids.size() //$NON-NLS-1$ //$NON-NLS-2$
                    + " ids"); //$NON-NLS-1$
        }
        waiting.addAll(agentIds);
        return ids;
    }

    /**
     * Queues the same command for many agents in batches, cancelling that kind's commands still queued for them: for
     * commands of which only the newest counts, such as {@code apply_settings} whose payload is an agent's complete
     * settings, so agents that stay offline through many changes do not collect a backlog.
     *
     * @param connection
     *            the caller's transaction
     * @param agentIds
     *            the agents, each once
     * @param kind
     *            what to do
     * @param payload
     *            its parameters as JSON, the same for every agent
     * @return how many commands were queued
     * @throws SQLException
     *             if they cannot be stored
     */
    public int replaceQueued(Connection connection, Collection<UUID> agentIds, String kind, String payload)
            throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (PreparedStatement cancel = connection.prepareStatement(
                "UPDATE agent_command SET state = ?, completed_at = ? WHERE agent_id = ? AND kind = ? AND state = ?"); //$NON-NLS-1$
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO agent_command (agent_id, kind, payload, state, created_at) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int batched = 0;
            for (UUID agentId : agentIds) {
                if (waiting.contains(agentId)) {
                    cancel.setString(1, QueuedCommand.CANCELLED);
                    cancel.setObject(2, now);
                    cancel.setObject(3, agentId);
                    cancel.setString(4, kind);
                    cancel.setString(5, QueuedCommand.QUEUED);
                    cancel.addBatch();
                }
                insert.setObject(1, agentId);
                insert.setString(2, kind);
                insert.setString(3, payload);
                insert.setString(4, QueuedCommand.QUEUED);
                insert.setObject(5, now);
                insert.addBatch();
                if (++batched % BATCH == 0) {
                    cancel.executeBatch();
                    insert.executeBatch();
                }
            }
            cancel.executeBatch();
            insert.executeBatch();
        }
        waiting.addAll(agentIds);
        return agentIds.size();
    }

    /**
     * Marks agents as having queued commands, after the transaction that queued them committed: a heartbeat that ran
     * while it was open could not see them and dropped the mark {@link #enqueue} set.
     *
     * @param agentIds
     *            the agents
     */
    public void remind(Collection<UUID> agentIds) {
        waiting.addAll(agentIds);
    }

    /**
     * @param agentId
     *            an agent
     * @return whether it may have queued commands; {@code false} means certainly none
     */
    public boolean mayHaveCommands(UUID agentId) {
        return waiting.contains(agentId);
    }

    /**
     * Hands out an agent's queued commands, marking them delivered.
     *
     * @param connection
     *            the heartbeat's transaction
     * @param agentId
     *            the agent
     * @return its queued commands, oldest first; not one that was cancelled meanwhile (a relocate whose move item
     *         ended), which the agent must not carry out
     * @throws SQLException
     *             if the table cannot be read or written
     */
    public List<QueuedCommand> deliver(Connection connection, UUID agentId) throws SQLException {
        waiting.remove(agentId);
        List<QueuedCommand> queued = Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM agent_command WHERE agent_id = ? AND state = ? ORDER BY id", //$NON-NLS-1$ //$NON-NLS-2$
                CommandQueue::command, agentId, QueuedCommand.QUEUED);
        List<QueuedCommand> delivered = new ArrayList<>(queued.size());
        for (QueuedCommand command : queued) {
            if (Jdbc.update(connection,
                    "UPDATE agent_command SET state = ?, delivered_at = ? WHERE id = ? AND state = ?", //$NON-NLS-1$
                    QueuedCommand.DELIVERED, clock.instant(), Long.valueOf(command.id()), QueuedCommand.QUEUED) == 1) {
                delivered.add(command);
            }
        }
        return delivered;
    }

    /**
     * Finds a command that was handed out and awaits its result, to hand it out again when its delivery may have been
     * lost. It stays delivered: its delivery time remains that of the first hand-out.
     *
     * @param connection
     *            an open connection
     * @param agentId
     *            the agent
     * @param commandId
     *            the command
     * @return the command if it is this agent's and delivered without a result
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<QueuedCommand> delivered(Connection connection, UUID agentId, long commandId)
            throws SQLException {
        return Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM agent_command WHERE id = ? AND agent_id = ? AND state = ?", //$NON-NLS-1$ //$NON-NLS-2$
                CommandQueue::command, Long.valueOf(commandId), agentId, QueuedCommand.DELIVERED).stream().findFirst();
    }

    /**
     * Records an agent's result for a delivered command. A result for a command that is not the agent's, or not
     * delivered, changes nothing.
     *
     * @param connection
     *            the transaction
     * @param agentId
     *            the reporting agent
     * @param commandId
     *            the command
     * @param succeeded
     *            whether the agent carried it out
     * @param result
     *            the result as JSON, or {@code null}
     * @return whether a delivered command of this agent was completed
     * @throws SQLException
     *             if the table cannot be written
     */
    public boolean complete(Connection connection, UUID agentId, long commandId, boolean succeeded, String result)
            throws SQLException {
        return Jdbc.update(connection,
                "UPDATE agent_command SET state = ?, completed_at = ?, result = ? WHERE id = ? AND agent_id = ?" //$NON-NLS-1$
                        + " AND state = ?", //$NON-NLS-1$
                succeeded ? QueuedCommand.SUCCEEDED : QueuedCommand.FAILED, clock.instant(), result,
                Long.valueOf(commandId), agentId, QueuedCommand.DELIVERED) == 1;
    }

    /**
     * @param connection
     *            an open connection
     * @param kind
     *            a kind, or {@code null} for all
     * @param limit
     *            at most this many
     * @return queued commands, oldest first
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<QueuedCommand> queued(Connection connection, String kind, int limit) throws SQLException {
        String where = kind == null ? "state = ?" : "state = ? AND kind = ?"; //$NON-NLS-1$ //$NON-NLS-2$
        Object[] parameters = kind == null
                ? new Object[]{QueuedCommand.QUEUED}
                : new Object[]{QueuedCommand.QUEUED, kind};
        return Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM agent_command WHERE " + where + " ORDER BY id FETCH FIRST " + limit //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " ROWS ONLY", //$NON-NLS-1$
                CommandQueue::command, parameters);
    }

    /**
     * Cancels queued commands; delivered ones are past cancelling.
     *
     * @param connection
     *            the transaction
     * @param commandIds
     *            the commands
     * @return how many were cancelled
     * @throws SQLException
     *             if the table cannot be written
     */
    public int cancel(Connection connection, Collection<Long> commandIds) throws SQLException {
        int cancelled = 0;
        for (Long id : commandIds) {
            cancelled += Jdbc.update(connection,
                    "UPDATE agent_command SET state = ?, completed_at = ? WHERE id = ? AND state = ?", //$NON-NLS-1$
                    QueuedCommand.CANCELLED, clock.instant(), id, QueuedCommand.QUEUED);
        }
        return cancelled;
    }

    private static QueuedCommand command(ResultSet row) throws SQLException {
        return new QueuedCommand(row.getLong("id"), row.getObject("agent_id", UUID.class), row.getString("kind"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getString("payload"), row.getString("state"), Jdbc.instant(row, "created_at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Jdbc.instant(row, "delivered_at"), Jdbc.instant(row, "completed_at"), row.getString("result")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
