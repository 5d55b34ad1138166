package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Reads an agent's commands from {@code agent_command} as administrators see them: how many wait, the latest ones with
 * their results. The {@link io.bulwark.server.internal.commands.CommandQueue} owns every change to that table.
 */
final class CommandHistory {

    private static final String COLUMNS = "id, agent_id, kind, state, created_at, delivered_at, completed_at, result"; //$NON-NLS-1$

    private final WireJson json;

    CommandHistory(WireJson json) {
        this.json = json;
    }

    /**
     * @param connection
     *            an open connection
     * @param commandId
     *            a command
     * @return the command, if it exists
     * @throws SQLException
     *             if the table cannot be read
     */
    Optional<CommandSummary> find(Connection connection, long commandId) throws SQLException {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM agent_command WHERE id = ?", this::summary, //$NON-NLS-1$ //$NON-NLS-2$
                Long.valueOf(commandId));
    }

    /**
     * @param connection
     *            an open connection
     * @param agentId
     *            an agent
     * @return how many of its commands wait for its next heartbeat
     * @throws SQLException
     *             if the table cannot be read
     */
    long pending(Connection connection, UUID agentId) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM agent_command WHERE agent_id = ? AND state = ?", agentId, //$NON-NLS-1$
                QueuedCommand.QUEUED);
    }

    /**
     * @param connection
     *            an open connection
     * @param agentId
     *            an agent
     * @param limit
     *            at most this many
     * @return its latest commands, newest first
     * @throws SQLException
     *             if the table cannot be read
     */
    List<CommandSummary> recent(Connection connection, UUID agentId, int limit) throws SQLException {
        return Jdbc.query(connection, "SELECT " + COLUMNS + " FROM agent_command WHERE agent_id = ? ORDER BY id DESC" //$NON-NLS-1$ //$NON-NLS-2$
                + " FETCH FIRST " + limit + " ROWS ONLY", this::summary, agentId); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private CommandSummary summary(ResultSet row) throws SQLException {
        String result = row.getString("result"); //$NON-NLS-1$
        return new CommandSummary(row.getLong("id"), row.getObject("agent_id", UUID.class), row.getString("kind"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getString("state"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "delivered_at"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Jdbc.instant(row, "completed_at"), //$NON-NLS-1$
                result == null ? null : json.read(result.getBytes(StandardCharsets.UTF_8), Object.class));
    }
}
