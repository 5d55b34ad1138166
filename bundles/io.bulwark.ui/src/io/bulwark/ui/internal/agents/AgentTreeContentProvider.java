package io.bulwark.ui.internal.agents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerRegistry;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.model.tree.AgentRange;
import io.bulwark.model.tree.FilteredAgentTree;
import io.bulwark.model.tree.SortedAgentTree;

/**
 * Servers at the top of the agent tree; below a connected server what its {@link FilteredAgentTree} shows: the domains
 * that hold matching agents, the matching agents, and ranges of agents where a level holds too many.
 * <p>
 * Filtering happens here, in the model, never with a viewer filter over the widgets. Each server's snapshot is built on
 * first use and kept until its tree or the filter changes ({@link #stale(ManagementServer)}, {@link #setFilter}), so a
 * server that is collapsed costs nothing and a change on one server rebuilds only that one. The sorted order of each
 * server's tree outlives filter changes, so a keystroke sorts nothing.
 * <p>
 * The viewer asks for rows lazily ({@link ILazyTreeContentProvider}): only rows that are drawn or looked at are made,
 * and an open level of 1,000 agents costs a row count, not 1,000 labelled rows. The eager methods of
 * {@link ITreeContentProvider} stay for the code that walks the tree by its elements (the keyboard).
 */
final class AgentTreeContentProvider implements ILazyTreeContentProvider, ITreeContentProvider {

    private static final Object[] NONE = new Object[0];

    private final Map<ManagementServer, FilteredAgentTree> snapshots = new HashMap<>();
    private final Map<ManagementServer, SortedAgentTree> orders = new HashMap<>();
    private AgentFilter filter = AgentFilter.ALL;
    private TreeViewer viewer;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (TreeViewer) newViewer;
    }

    /** Shows only what {@code newFilter} matches from the next refresh on. */
    void setFilter(AgentFilter newFilter) {
        filter = newFilter;
        snapshots.clear();
    }

    AgentFilter filter() {
        return filter;
    }

    /** Forgets what was shown of a server (every server when {@code null}) after its tree changed. */
    void stale(ManagementServer server) {
        if (server == null) {
            snapshots.clear();
            orders.clear();
        } else {
            snapshots.remove(server);
            orders.remove(server);
        }
    }

    /**
     * @param server
     *            a server
     * @return what the tree shows of it, or {@code null} while it has no agent tree
     */
    FilteredAgentTree snapshot(ManagementServer server) {
        AgentTree tree = server.getAgentTree();
        if (tree == null) {
            return null;
        }
        FilteredAgentTree snapshot = snapshots.get(server);
        if (snapshot == null) {
            SortedAgentTree order = orders.get(server);
            if (order == null || order.tree() != tree) {
                order = SortedAgentTree.of(tree);
                orders.put(server, order);
            }
            snapshot = FilteredAgentTree.of(order, filter);
            snapshots.put(server, snapshot);
        }
        return snapshot;
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<?> children = shownChildren(parent);
        if (index >= children.size()) {
            // asked for a row of a level counted before its server changed: the scheduled refresh counts it again
            return;
        }
        Object child = children.get(index);
        viewer.replace(parent, index, child);
        int count = shownChildren(child).size();
        if (count > 0 && viewer.getExpandedState(child)) {
            viewer.setChildCount(child, count);
        } else {
            viewer.setHasChildren(child, count > 0);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = shownChildren(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    /** What shows below an element of the tree or the registry, in order; empty for an agent. */
    private List<?> shownChildren(Object parent) {
        if (parent instanceof ServerRegistry registry) {
            return RegistryServers.of(registry);
        }
        if (parent instanceof Agent) {
            return List.of();
        }
        ManagementServer server = serverOf(parent);
        FilteredAgentTree snapshot = server == null ? null : snapshot(server);
        if (snapshot == null) {
            return List.of();
        }
        if (parent instanceof AgentRange range) {
            // the range of the current snapshot: the viewer may hold an equal one from before the last refresh
            List<Object> siblings = snapshot.children(range.container());
            int position = siblings.indexOf(range);
            return position < 0 ? List.of() : ((AgentRange) siblings.get(position)).agents();
        }
        return snapshot.children(parent instanceof ManagementServer ? server.getAgentTree() : parent);
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ServerRegistry registry ? RegistryServers.of(registry).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        ManagementServer server = serverOf(parent);
        FilteredAgentTree snapshot = server == null ? null : snapshot(server);
        if (snapshot == null) {
            return NONE;
        }
        return snapshot.children(parent instanceof ManagementServer ? server.getAgentTree() : parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ManagementServer server) {
            // The registry, also for a server filed in a folder: the tree shows servers side by side.
            return EcoreUtil.getRootContainer(server);
        }
        if (element instanceof AgentRange range) {
            return shownContainer(range.container());
        }
        if (element instanceof Agent agent) {
            ManagementServer server = serverOf(agent);
            FilteredAgentTree snapshot = server == null ? null : snapshot(server);
            if (snapshot != null) {
                for (Object sibling : snapshot.children(agent.eContainer())) {
                    if (sibling instanceof AgentRange range && range.agents().contains(agent)) {
                        return range;
                    }
                }
            }
            return shownContainer(agent.eContainer());
        }
        if (element instanceof Domain domain) {
            return shownContainer(domain.eContainer());
        }
        return null;
    }

    private static Object shownContainer(EObject container) {
        return container instanceof AgentTree tree ? tree.getServer() : container;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Agent) {
            return false;
        }
        ManagementServer server = serverOf(element);
        FilteredAgentTree snapshot = server == null ? null : snapshot(server);
        return snapshot != null
                && snapshot.hasChildren(element instanceof ManagementServer ? server.getAgentTree() : element);
    }

    /** The server an element of the tree belongs to, or {@code null}. */
    static ManagementServer serverOf(Object element) {
        if (element instanceof ManagementServer server) {
            return server;
        }
        EObject object = element instanceof AgentRange range
                ? range.container()
                : element instanceof EObject eObject ? eObject : null;
        for (; object != null; object = object.eContainer()) {
            if (object instanceof AgentTree tree) {
                return tree.getServer();
            }
        }
        return null;
    }
}
