package io.bulwark.ui.internal.agents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerRegistry;

/**
 * Servers at the top of the agent tree; below a connected server its domains (nested) and then the agents at each
 * level, as the server's live agent tree holds them. A server that is not connected has no children.
 */
final class AgentTreeContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ServerRegistry registry ? registry.getServers().toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof ManagementServer server) {
            AgentTree tree = server.getAgentTree();
            return tree == null ? NONE : children(tree.getDomains(), tree.getAgents());
        }
        if (parent instanceof Domain domain) {
            return children(domain.getDomains(), domain.getAgents());
        }
        return NONE;
    }

    private static Object[] children(List<Domain> domains, List<Agent> agents) {
        List<Object> children = new ArrayList<>(domains.size() + agents.size());
        children.addAll(domains);
        children.addAll(agents);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ManagementServer server) {
            return server.eContainer();
        }
        if (element instanceof Domain || element instanceof Agent) {
            Object container = ((EObject) element).eContainer();
            return container instanceof AgentTree tree ? tree.getServer() : container;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof ManagementServer server) {
            AgentTree tree = server.getAgentTree();
            return tree != null && !(tree.getDomains().isEmpty() && tree.getAgents().isEmpty());
        }
        if (element instanceof Domain domain) {
            return !(domain.getDomains().isEmpty() && domain.getAgents().isEmpty());
        }
        return false;
    }
}
