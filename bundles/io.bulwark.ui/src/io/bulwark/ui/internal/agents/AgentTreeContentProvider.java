package io.bulwark.ui.internal.agents;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerRegistry;

/**
 * Servers at the top of the agent tree. Domains and agents hang below a server once the console holds its agent model
 * (they arrive with the connection to the server).
 */
final class AgentTreeContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ServerRegistry registry ? registry.getServers().toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return NONE;
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof ManagementServer server ? server.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return false;
    }
}
