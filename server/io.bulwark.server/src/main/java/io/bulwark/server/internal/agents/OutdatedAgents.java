package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.components.VersionOrder;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Which agents are out of date: those with at least one component older ({@link VersionOrder}, the console's order)
 * than the server's current version of that component. Judged in memory from the versions agents last reported in their
 * heartbeats ({@link AgentPresence}), which the database only receives a few seconds later and holds as JSON text that
 * H2 and PostgreSQL cannot compare by the same SQL; the server's versions are read once per request.
 */
final class OutdatedAgents {

    private final AgentPresence presence;
    private final Map<String, String> held;

    private OutdatedAgents(AgentPresence presence, Map<String, String> held) {
        this.presence = presence;
        this.held = held;
    }

    /**
     * @param connection
     *            an open connection
     * @param presence
     *            agents' presence, holding their component versions
     * @return the judge for the server's components as they are now
     * @throws SQLException
     *             if the component table cannot be read
     */
    static OutdatedAgents now(Connection connection, AgentPresence presence) throws SQLException {
        Map<String, String> held = new HashMap<>();
        for (Map.Entry<String, String> component : Jdbc.query(connection, "SELECT name, version FROM component", //$NON-NLS-1$
                row -> Map.entry(row.getString(1), Long.toString(row.getLong(2))))) {
            held.put(component.getKey(), component.getValue());
        }
        return new OutdatedAgents(presence, Map.copyOf(held));
    }

    /**
     * @param id
     *            an agent
     * @return whether it is behind the server on any component
     */
    boolean isOutdated(UUID id) {
        return VersionOrder.isBehind(presence.componentVersions(id), held);
    }

    /**
     * @param agent
     *            an agent as listed
     * @return the same with the component versions it last reported, the reason it is out of date
     */
    AgentSummary withVersions(AgentSummary agent) {
        return agent.withComponentVersions(presence.componentVersions(agent.id()));
    }
}
