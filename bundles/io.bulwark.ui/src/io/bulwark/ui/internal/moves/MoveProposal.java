package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.ui.internal.agents.AgentsDroppedOnServer;
import io.bulwark.ui.internal.details.TreePlaces;

/**
 * What the Move to Server wizard starts from: agents of one server chosen in the tree (selected, or dragged onto
 * another server), and where they were dropped, if they were.
 *
 * @param source
 *            the server the agents are on
 * @param agents
 *            the agents chosen in the tree
 * @param target
 *            the server they were dropped on, or {@code null}
 * @param targetDomainPath
 *            the domain they were dropped on as a path ({@code Branch/Lab}; empty for the root), or {@code null}
 * @param filter
 *            the filter the agent tree applies now
 */
record MoveProposal(ManagementServer source, List<Agent> agents, ManagementServer target, String targetDomainPath,
        AgentFilter filter) {

    /** Freezes the agents. */
    MoveProposal {
        agents = List.copyOf(agents);
        filter = filter == null ? AgentFilter.ALL : filter;
    }

    /**
     * @param selection
     *            the active selection: one object or a collection
     * @param filter
     *            the filter the tree applies, or {@code null}
     * @return a proposal for the selected agents if they all belong to one server, or for a selected server or domain
     *         (no agents: the wizard takes them from the filter or a list), else {@code null}
     */
    static MoveProposal ofSelection(Object selection, AgentFilter filter) {
        Collection<?> objects = selection instanceof Collection<?> several ? several : List.of(selection);
        if (objects.size() == 1 && (objects.iterator().next() instanceof ManagementServer
                || objects.iterator().next() instanceof Domain)) {
            // a server or one of its domains: its agents are chosen in the wizard, by the filter or from a list
            EObject place = (EObject) objects.iterator().next();
            ManagementServer server = place instanceof ManagementServer chosen ? chosen : TreePlaces.serverOf(place);
            return server == null ? null : new MoveProposal(server, List.of(), null, null, filter);
        }
        List<Agent> agents = new ArrayList<>(objects.size());
        ManagementServer source = null;
        for (Object object : objects) {
            if (!(object instanceof Agent agent)) {
                return null;
            }
            ManagementServer server = TreePlaces.serverOf(agent);
            if (server == null || source != null && server != source) {
                return null;
            }
            source = server;
            agents.add(agent);
        }
        return source == null ? null : new MoveProposal(source, agents, null, null, filter);
    }

    /**
     * @param drop
     *            agents dropped onto another server
     * @param filter
     *            the filter the tree applies, or {@code null}
     * @return a proposal for those agents to that domain, or {@code null} if they left the tree meanwhile
     */
    static MoveProposal ofDrop(AgentsDroppedOnServer drop, AgentFilter filter) {
        MoveProposal dragged = ofSelection(drop.agents(), filter);
        return dragged == null
                ? null
                : new MoveProposal(dragged.source(), dragged.agents(), drop.target(), path(drop.domain()), filter);
    }

    /** @return a domain's path as plans name it ({@code Branch/Lab}); empty for {@code null}, the root */
    static String path(Domain domain) {
        List<String> names = new ArrayList<>();
        for (EObject at = domain; at instanceof Domain each; at = at.eContainer()) {
            names.add(0, each.getName());
        }
        return String.join("/", names); //$NON-NLS-1$
    }
}
