package io.bulwark.ui.internal.servers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/** The registry as a tree: folders first, then servers, at every level; the input is the {@link ServerRegistry}. */
final class ServerTreeContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ServerRegistry registry
                ? children(registry.getFolders(), registry.getServers())
                : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof ServerFolder folder ? children(folder.getFolders(), folder.getServers()) : NONE;
    }

    private static Object[] children(List<ServerFolder> folders, List<ManagementServer> servers) {
        List<Object> children = new ArrayList<>(folders.size() + servers.size());
        children.addAll(folders);
        children.addAll(servers);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ServerFolder folder) {
            return folder.eContainer();
        }
        return element instanceof ManagementServer server ? server.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof ServerFolder folder
                && (!folder.getFolders().isEmpty() || !folder.getServers().isEmpty());
    }
}
