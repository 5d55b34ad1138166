package io.bulwark.server.internal.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Answers the settings an agent must apply: the effective value of every settings group for that agent, after
 * inheritance from the root through its domains to the agent itself. The agent API hands this to agents when they
 * register and in {@code apply_settings} commands.
 */
@FunctionalInterface
public interface EffectiveSettingsSource {

    /**
     * @param connection
     *            an open connection
     * @param agentId
     *            the agent
     * @param domainId
     *            its domain, or {@code null} if it sits under the root
     * @return the effective settings as a protocol record, written to the agent as JSON
     * @throws SQLException
     *             if the settings cannot be read
     */
    Object effectiveFor(Connection connection, UUID agentId, Long domainId) throws SQLException;
}
