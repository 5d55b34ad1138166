package io.bulwark.server.internal.components;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The notification queue as stored: the queued {@code update_components} rows of {@code agent_command}, with the agents
 * they are for. Queuing and cancelling go through the {@link io.bulwark.server.internal.commands.CommandQueue}.
 */
final class NotificationQueue {

    /** The most ids a statement binds at once. */
    private static final int CHUNK = 500;

    /**
     * A queued notification with the domain of its agent.
     *
     * @param id
     *            the command's id
     * @param agentId
     *            the agent
     * @param domainId
     *            the agent's domain, {@code null} under the root or if the agent is gone
     * @param payload
     *            the command's payload
     */
    record Queued(long id, UUID agentId, Long domainId, String payload) {
    }

    private final WireJson json;

    NotificationQueue(WireJson json) {
        this.json = json;
    }

    List<Notification> page(Connection connection, long after, int limit) throws SQLException {
        return Jdbc.query(connection,
                "SELECT c.id, c.agent_id, a.host_name, a.domain_id, c.created_at, c.payload FROM agent_command c" //$NON-NLS-1$
                        + " LEFT JOIN agent a ON a.id = c.agent_id WHERE c.state = ? AND c.kind = ? AND c.id > ?" //$NON-NLS-1$
                        + " ORDER BY c.id FETCH FIRST " + limit + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
                row -> new Notification(row.getLong("id"), row.getObject("agent_id", UUID.class), //$NON-NLS-1$ //$NON-NLS-2$
                        row.getString("host_name"), Jdbc.nullableLong(row, "domain_id"), //$NON-NLS-1$ //$NON-NLS-2$
                        Jdbc.instant(row, "created_at"), versions(row.getString("payload"))), //$NON-NLS-1$ //$NON-NLS-2$
                QueuedCommand.QUEUED, UpdateComponentsCommand.KIND, Long.valueOf(after));
    }

    List<Queued> all(Connection connection) throws SQLException {
        return Jdbc.query(connection, select("1 = 1"), NotificationQueue::queued, QueuedCommand.QUEUED, //$NON-NLS-1$
                UpdateComponentsCommand.KIND);
    }

    List<Queued> byIds(Connection connection, Collection<Long> ids) throws SQLException {
        return in(connection, "c.id", ids); //$NON-NLS-1$
    }

    List<Queued> byAgents(Connection connection, Collection<UUID> agentIds) throws SQLException {
        return in(connection, "c.agent_id", agentIds); //$NON-NLS-1$
    }

    /** @return the queued notifications of these agents, by agent */
    Map<UUID, List<Queued>> byAgent(Connection connection, Collection<UUID> agentIds) throws SQLException {
        Map<UUID, List<Queued>> byAgent = new HashMap<>();
        for (Queued queued : agentIds.size() > CHUNK ? all(connection) : byAgents(connection, agentIds)) {
            byAgent.computeIfAbsent(queued.agentId(), id -> new ArrayList<>()).add(queued);
        }
        return byAgent;
    }

    private List<Queued> in(Connection connection, String column, Collection<?> values) throws SQLException {
        List<Object> all = new ArrayList<>(values);
        List<Queued> found = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Object> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk.size() + 2);
            parameters.add(QueuedCommand.QUEUED);
            parameters.add(UpdateComponentsCommand.KIND);
            parameters.addAll(chunk);
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
            found.addAll(Jdbc.query(connection, select(column + " IN (" + marks + ")"), NotificationQueue::queued, //$NON-NLS-1$ //$NON-NLS-2$
                    parameters.toArray()));
        }
        return found;
    }

    private static String select(String condition) {
        return "SELECT c.id, c.agent_id, a.domain_id, c.payload FROM agent_command c" //$NON-NLS-1$
                + " LEFT JOIN agent a ON a.id = c.agent_id WHERE c.state = ? AND c.kind = ? AND " + condition //$NON-NLS-1$
                + " ORDER BY c.id"; //$NON-NLS-1$
    }

    private static Queued queued(ResultSet row) throws SQLException {
        return new Queued(row.getLong("id"), row.getObject("agent_id", UUID.class), //$NON-NLS-1$ //$NON-NLS-2$
                Jdbc.nullableLong(row, "domain_id"), row.getString("payload")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<ComponentVersion> versions(String payload) {
        if (payload == null) {
            return List.of();
        }
        try {
            UpdateComponentsCommand command = json.read(payload.getBytes(StandardCharsets.UTF_8),
                    UpdateComponentsCommand.class);
            return command.components().stream().map(c -> new ComponentVersion(c.name(), c.version())).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
