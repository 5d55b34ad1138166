package io.bulwark.ui.internal.agents;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/**
 * Agents of one server dropped onto a domain (or the root) of another server in the agent tree: the data of the event
 * {@link AgentsPart#AGENTS_DROPPED_ON_OTHER_SERVER}. Moving agents between servers is a relocation with a plan, so the
 * tree only announces the wish; the moves area answers it with its wizard.
 *
 * @param agents
 *            the dragged agents, all of one server
 * @param target
 *            the server they were dropped on
 * @param domain
 *            the domain they were dropped on, or {@code null} for the target's root
 * @param shell
 *            the window of the tree, for the wizard
 */
public record AgentsDroppedOnServer(List<Agent> agents, ManagementServer target, Domain domain, Shell shell) {

    /** Freezes the agents. */
    public AgentsDroppedOnServer {
        agents = List.copyOf(agents);
    }
}
