package io.bulwark.core.move;

import java.util.List;

import io.bulwark.protocol.admin.AgentSummary;

/**
 * An imported agent list resolved against the source server's agents: the agents it names, in the order of the file,
 * and every line that names no single agent.
 *
 * @param file
 *            the list's name as shown to a person (its path)
 * @param agents
 *            the agents named, each once, in the order of their first line
 * @param problems
 *            the lines that name no single agent, in line order; empty when the list is clean
 */
public record AgentListImport(String file, List<AgentSummary> agents, List<ListProblem> problems) {

    /** Freezes the lists. */
    public AgentListImport {
        agents = List.copyOf(agents);
        problems = List.copyOf(problems);
    }

    /** @return whether every line named exactly one agent (a list with problems should not be moved) */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
