package io.bulwark.ui.internal.agents;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerRegistry;

/**
 * Follows what the agent tree shows of the live model and tells its listener which server changed: the registry (a few
 * objects: servers, their state, components), and below each connected server its agent tree, domains and agents, but
 * nothing below an agent (inventory, commands, last seen), so that the cost per agent is one shared adapter and the
 * heartbeats of 100,000 agents trigger nothing.
 * <p>
 * The listener is told on the model thread, at once, for every change; it marks what is stale and coalesces the
 * refresh. Agent counts, which follow every status change, and certificates are left to the parts that show them.
 */
final class AgentTreeTracker extends EContentAdapter {

    /** Told which server's tree changed, or {@code null} when the list of servers changed. */
    interface Listener {
        void changed(ManagementServer server);
    }

    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    /** The agent features the tree shows: a change to any other (last seen, inventory) is not followed. */
    private static final Set<EStructuralFeature> AGENT_FEATURES = Set.of(MODEL.getAgent_HostName(),
            MODEL.getAgent_IpAddress(), MODEL.getAgent_OperatingSystem(), MODEL.getAgent_Status(),
            MODEL.getAgent_UpdateAgent(), MODEL.getAgent_ComponentVersions());

    /** What the tree shows of the registry and its servers: other changes (counts, certificates) are not followed. */
    private static final Set<EStructuralFeature> SHOWN_SERVER_FEATURES = Set.of(MODEL.getServerRegistry_Servers(),
            MODEL.getServerRegistry_Folders(), MODEL.getServerFolder_Servers(), MODEL.getManagementServer_Name(),
            MODEL.getManagementServer_State(), MODEL.getManagementServer_Components(),
            MODEL.getManagementServer_AgentTree());

    private static final Set<EStructuralFeature> CONTENTS = Set.of(MODEL.getAgentTree_Domains(),
            MODEL.getAgentTree_Agents(), MODEL.getDomain_Domains(), MODEL.getDomain_Agents());

    private final ServerRegistry registry;
    private final Listener listener;
    private final TreeAdapter trees = new TreeAdapter();

    private AgentTreeTracker(ServerRegistry registry, Listener listener) {
        this.registry = registry;
        this.listener = listener;
    }

    static AgentTreeTracker attach(ServerRegistry registry, Listener listener) {
        AgentTreeTracker tracker = new AgentTreeTracker(registry, listener);
        registry.eAdapters().add(tracker);
        return tracker;
    }

    void detach() {
        registry.eAdapters().remove(this);
        for (ManagementServer server : RegistryServers.of(registry)) {
            if (server.getAgentTree() != null) {
                trees.unadapt(server.getAgentTree());
            }
        }
    }

    @Override
    protected void addAdapter(Notifier notifier) {
        super.addAdapter(notifier);
        if (notifier instanceof ManagementServer server && server.getAgentTree() != null) {
            trees.adapt(server.getAgentTree());
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !SHOWN_SERVER_FEATURES.contains(notification.getFeature())
                && !(notification.getNotifier() instanceof ComponentVersion)) {
            return;
        }
        if (notification.getFeature() == MODEL.getManagementServer_AgentTree()) {
            if (notification.getOldValue() instanceof AgentTree old) {
                trees.unadapt(old);
            }
            if (notification.getNewValue() instanceof AgentTree tree) {
                trees.adapt(tree);
            }
        }
        listener.changed(serverOf(notification.getNotifier()));
    }

    private static ManagementServer serverOf(Object notifier) {
        for (Object object = notifier; object instanceof EObject eObject; object = eObject.eContainer()) {
            if (object instanceof ManagementServer server) {
                return server;
            }
            if (object instanceof AgentTree tree) {
                return tree.getServer();
            }
        }
        return null;
    }

    /** One adapter on every agent tree, domain and agent. */
    private final class TreeAdapter extends AdapterImpl {

        void adapt(AgentTree tree) {
            add(tree);
            addAll(tree.getDomains());
            addAll(tree.getAgents());
        }

        void unadapt(AgentTree tree) {
            remove(tree);
            removeAll(tree.getDomains());
            removeAll(tree.getAgents());
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (notification.isTouch()) {
                return;
            }
            Object feature = notification.getFeature();
            if (CONTENTS.contains(feature)) {
                switch (notification.getEventType()) {
                    case Notification.ADD, Notification.SET -> addAll(List.of(notification.getNewValue()));
                    case Notification.ADD_MANY -> addAll((Collection<?>) notification.getNewValue());
                    default -> {
                        // a removed object keeps this adapter: it is shared and holds nothing for it
                    }
                }
            } else if (!(notification.getNotifier() instanceof Agent) || !AGENT_FEATURES.contains(feature)) {
                if (!(notification.getNotifier() instanceof Domain)
                        || feature != MODEL.getDomain_Name()) {
                    return;
                }
            }
            listener.changed(serverOf(notification.getNotifier()));
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // shared by many targets
        }

        @Override
        public void unsetTarget(Notifier oldTarget) {
            // see setTarget
        }

        private void addAll(Collection<?> objects) {
            for (Object object : objects) {
                if (object instanceof Domain domain) {
                    add(domain);
                    addAll(domain.getDomains());
                    addAll(domain.getAgents());
                } else if (object instanceof Agent agent) {
                    add(agent);
                }
            }
        }

        private void removeAll(Collection<?> objects) {
            for (Object object : objects) {
                if (object instanceof Domain domain) {
                    remove(domain);
                    removeAll(domain.getDomains());
                    removeAll(domain.getAgents());
                } else if (object instanceof Agent agent) {
                    remove(agent);
                }
            }
        }

        private void add(Notifier notifier) {
            if (!notifier.eAdapters().contains(this)) {
                notifier.eAdapters().add(this);
            }
        }

        private void remove(Notifier notifier) {
            notifier.eAdapters().remove(this);
        }
    }
}
