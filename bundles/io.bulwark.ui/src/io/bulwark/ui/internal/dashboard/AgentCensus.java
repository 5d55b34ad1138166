package io.bulwark.ui.internal.dashboard;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.components.ServerFreshness;

/**
 * The counts the dashboard draws for one server, read from the live model on the model thread: agents by status, by
 * agent version, and by component freshness.
 *
 * @param byStatus
 *            agents per status
 * @param byVersion
 *            agents per agent version, by version
 * @param freshness
 *            agents up to date, out of date and not known, in that order
 */
record AgentCensus(Map<AgentStatus, Integer> byStatus, Map<String, Integer> byVersion, int[] freshness) {

    /** The version shown for agents that reported none. */
    static final String NO_VERSION = "?"; //$NON-NLS-1$

    /**
     * @param server
     *            a server of the model
     * @return its counts; all zero while it is not connected
     */
    static AgentCensus of(ManagementServer server) {
        Map<AgentStatus, Integer> byStatus = new EnumMap<>(AgentStatus.class);
        Map<String, Integer> byVersion = new TreeMap<>();
        AgentTree tree = server.getAgentTree();
        if (tree != null) {
            tree.eAllContents().forEachRemaining(object -> {
                if (object instanceof Agent agent) {
                    byStatus.merge(agent.getStatus(), Integer.valueOf(1), Integer::sum);
                    String version = agent.getAgentVersion() == null || agent.getAgentVersion().isBlank()
                            ? NO_VERSION
                            : agent.getAgentVersion();
                    byVersion.merge(version, Integer.valueOf(1), Integer::sum);
                }
            });
        }
        ServerFreshness fresh = ServerFreshness.of(server);
        return new AgentCensus(byStatus, byVersion,
                new int[]{fresh.upToDate(), fresh.outdated().size(), fresh.unknown()});
    }

    /**
     * @param status
     *            a status
     * @return how many agents are in it
     */
    int status(AgentStatus status) {
        return byStatus.getOrDefault(status, Integer.valueOf(0)).intValue();
    }

    /**
     * @param version
     *            an agent version
     * @return how many agents run it
     */
    int version(String version) {
        return byVersion.getOrDefault(version, Integer.valueOf(0)).intValue();
    }
}
