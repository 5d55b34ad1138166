package io.bulwark.protocol.admin;

import java.util.List;

/**
 * The agents a change touched, as they are after it.
 *
 * @param agents
 *            the changed agents
 */
public record AgentBatch(List<AgentSummary> agents) {

    /** Freezes the list. */
    public AgentBatch {
        agents = agents == null ? List.of() : List.copyOf(agents);
    }
}
