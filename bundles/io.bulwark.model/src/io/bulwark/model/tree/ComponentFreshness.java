package io.bulwark.model.tree;

import java.util.List;

import io.bulwark.model.Agent;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.components.VersionOrder;

/**
 * Whether an agent's components (patterns and engines) are older than the ones its server distributes: an agent that
 * has not taken the server's latest components is out of date.
 */
public final class ComponentFreshness {

    private ComponentFreshness() {
    }

    /**
     * @param agent
     *            an agent
     * @param server
     *            the server that holds it, or {@code null} when unknown
     * @return {@code true} when at least one of the agent's components is older than the server's component of the same
     *         name; an agent or a server that reports no components is not out of date
     */
    public static boolean isOutdated(Agent agent, ManagementServer server) {
        if (server == null) {
            return false;
        }
        List<ComponentVersion> latest = server.getComponents();
        if (latest.isEmpty()) {
            return false;
        }
        for (ComponentVersion own : agent.getComponentVersions()) {
            for (ComponentVersion offered : latest) {
                if (offered.getName() != null && offered.getName().equals(own.getName())
                        && compare(own.getVersion(), offered.getVersion()) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Compares two versions as {@link VersionOrder#compare} does, the order the server's filter of agents out of date
     * uses too.
     *
     * @param left
     *            a version, or {@code null}
     * @param right
     *            a version, or {@code null}
     * @return negative, zero or positive as {@code left} is older, the same or newer; a missing version is the oldest
     */
    public static int compare(String left, String right) {
        return VersionOrder.compare(left, right);
    }
}
