package io.bulwark.ui.internal.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/**
 * Drag and drop of agents onto a domain (or a server's root): onto their own server the drop starts a
 * {@link MoveAgentsJob}; onto another server it is announced as {@link AgentsDroppedOnServer}, since moving agents
 * between servers is a relocation that is planned and confirmed first (the moves area opens its wizard, pre-filled).
 * Agents of several servers are dragged one server at a time.
 */
final class AgentDropAdapter extends ViewerDropAdapter {

    private static final Transfer[] TRANSFERS = {LocalSelectionTransfer.getTransfer()};

    private final ServerConnections connections;
    private final Consumer<String> messages;
    private final Consumer<AgentsDroppedOnServer> otherServer;

    private AgentDropAdapter(TreeViewer viewer, ServerConnections connections, Consumer<String> messages,
            Consumer<AgentsDroppedOnServer> otherServer) {
        super(viewer);
        this.connections = connections;
        this.messages = messages;
        this.otherServer = otherServer;
        setFeedbackEnabled(false);
    }

    /**
     * Makes the agents of {@code viewer} draggable onto its domains and servers.
     *
     * @param messages
     *            shows a refusal or a failure to the administrator; called on any thread
     * @param otherServer
     *            told of agents dropped onto another server, on the UI thread
     */
    static void install(TreeViewer viewer, ServerConnections connections, Consumer<String> messages,
            Consumer<AgentsDroppedOnServer> otherServer) {
        viewer.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(Agent.class::isInstance);
                if (event.doit) {
                    LocalSelectionTransfer.getTransfer().setSelection(selection);
                }
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, TRANSFERS,
                new AgentDropAdapter(viewer, connections, messages, otherServer));
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        return (target instanceof Domain || target instanceof ManagementServer) && !draggedAgents().isEmpty();
    }

    @Override
    public boolean performDrop(Object data) {
        Object target = getCurrentTarget();
        List<Agent> agents = draggedAgents();
        ManagementServer server = AgentTreeContentProvider.serverOf(target);
        if (agents.isEmpty() || server == null) {
            return false;
        }
        ManagementServer source = AgentTreeContentProvider.serverOf(agents.get(0));
        for (Agent agent : agents) {
            if (AgentTreeContentProvider.serverOf(agent) != source) {
                messages.accept(Messages.AgentDropAdapter_severalServers);
                return false;
            }
        }
        ServerConnection connection = connections.connection(server);
        if (connection == null) {
            messages.accept(NLS.bind(Messages.AgentDropAdapter_notConnected, server.getName()));
            return false;
        }
        Domain domain = target instanceof Domain targetDomain ? targetDomain : null;
        if (source != server) {
            messages.accept(""); //$NON-NLS-1$
            otherServer.accept(new AgentsDroppedOnServer(agents, server, domain, getViewer().getControl().getShell()));
            return true;
        }
        List<UUID> ids = new ArrayList<>(agents.size());
        for (Agent agent : agents) {
            if (agent.eContainer() != (domain == null ? server.getAgentTree() : domain)) {
                ids.add(UUID.fromString(agent.getId()));
            }
        }
        String targetName = domain == null ? server.getName() : domain.getName();
        if (ids.isEmpty()) {
            messages.accept(NLS.bind(Messages.AgentDropAdapter_alreadyThere, targetName));
            return false;
        }
        messages.accept(""); //$NON-NLS-1$
        new MoveAgentsJob(connection.client(), ids, domain == null ? null : Long.valueOf(domain.getId()), targetName,
                server.getName(), messages).schedule();
        return true;
    }

    private static List<Agent> draggedAgents() {
        if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection)) {
            return List.of();
        }
        List<Agent> agents = new ArrayList<>(selection.size());
        for (Object element : selection.toList()) {
            if (!(element instanceof Agent agent)) {
                return List.of();
            }
            agents.add(agent);
        }
        return agents;
    }
}
