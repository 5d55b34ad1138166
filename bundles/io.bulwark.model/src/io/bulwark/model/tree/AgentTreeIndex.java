package io.bulwark.model.tree;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelPackage;

/**
 * Finds an agent or a domain of one server's agent tree by its id in constant time, however large the tree: live
 * updates from a server name agents by id, and a tree may hold 100,000 of them.
 * <p>
 * The index is an adapter on the tree, its domains and its agents, and follows every change to them: agents and domains
 * added, removed or moved anywhere in the tree (also through commands and their undo), and ids changed. It adapts
 * nothing below an agent, so an agent's inventory and versions cost it nothing. Like the model, it is not thread-safe:
 * use it on the thread that changes the tree.
 */
public final class AgentTreeIndex extends AdapterImpl {

    /** The id of a domain the server has not created yet; such domains are not indexed. */
    private static final long UNCREATED = 0;

    private final AgentTree tree;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<Long, Domain> domains = new HashMap<>();

    private AgentTreeIndex(AgentTree tree) {
        this.tree = tree;
    }

    /**
     * Returns the index of a tree, building it on first use (one pass over the tree) and keeping it current from then
     * on.
     *
     * @param tree
     *            an agent tree
     * @return the tree's index
     */
    public static AgentTreeIndex of(AgentTree tree) {
        for (Object adapter : tree.eAdapters()) {
            if (adapter instanceof AgentTreeIndex index && index.tree == tree) {
                return index;
            }
        }
        AgentTreeIndex index = new AgentTreeIndex(tree);
        tree.eAdapters().add(index);
        index.addAll(tree.getDomains());
        index.addAll(tree.getAgents());
        return index;
    }

    /**
     * @param id
     *            an agent's GUID
     * @return the agent with that id anywhere in the tree, or {@code null}
     */
    public Agent agent(String id) {
        return agents.get(id);
    }

    /**
     * @param id
     *            a domain's id
     * @return the domain with that id anywhere in the tree, or {@code null} (always for 0, the id of a domain the
     *         server has not created yet)
     */
    public Domain domain(long id) {
        return domains.get(Long.valueOf(id));
    }

    /** @return how many agents the tree holds, in all domains and at the root */
    public int agentCount() {
        return agents.size();
    }

    /** @return the domains of the tree at all levels, as a snapshot in no particular order */
    public Collection<Domain> domains() {
        return List.copyOf(domains.values());
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == AgentTreeIndex.class;
    }

    /** One index adapts many objects, so it remembers none of them as its target. */
    @Override
    public void setTarget(Notifier newTarget) {
        // the tree is fixed at construction
    }

    @Override
    public void unsetTarget(Notifier oldTarget) {
        // see setTarget
    }

    @Override
    public void notifyChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == ModelPackage.Literals.AGENT__ID) {
            renamed(notification, agents);
        } else if (feature == ModelPackage.Literals.DOMAIN__ID) {
            renamed(notification, domains);
        } else if (feature == ModelPackage.Literals.AGENT_TREE__DOMAINS
                || feature == ModelPackage.Literals.AGENT_TREE__AGENTS
                || feature == ModelPackage.Literals.DOMAIN__DOMAINS
                || feature == ModelPackage.Literals.DOMAIN__AGENTS) {
            contentsChanged(notification);
        }
    }

    private void contentsChanged(Notification notification) {
        switch (notification.getEventType()) {
            case Notification.ADD -> add(notification.getNewValue());
            case Notification.ADD_MANY -> addAll((Collection<?>) notification.getNewValue());
            case Notification.REMOVE -> remove(notification.getOldValue());
            case Notification.REMOVE_MANY -> removeAll((Collection<?>) notification.getOldValue());
            case Notification.SET -> {
                remove(notification.getOldValue());
                add(notification.getNewValue());
            }
            default -> {
                // MOVE only reorders siblings; RESOLVE and the adapter events change no membership
            }
        }
    }

    private void addAll(Collection<?> objects) {
        for (Object object : objects) {
            add(object);
        }
    }

    private void removeAll(Collection<?> objects) {
        for (Object object : objects) {
            remove(object);
        }
    }

    private void add(Object object) {
        if (object instanceof Agent agent) {
            adapt(agent);
            if (agent.getId() != null) {
                agents.put(agent.getId(), agent);
            }
        } else if (object instanceof Domain domain) {
            adapt(domain);
            if (domain.getId() != UNCREATED) {
                domains.put(Long.valueOf(domain.getId()), domain);
            }
            addAll(domain.getDomains());
            addAll(domain.getAgents());
        }
    }

    /** Forgets an object that left its container, unless it already sits elsewhere in the tree (a move). */
    private void remove(Object object) {
        if (!(object instanceof EObject eObject) || contains(eObject)) {
            return;
        }
        if (object instanceof Agent agent) {
            agent.eAdapters().remove(this);
            agents.remove(agent.getId(), agent);
        } else if (object instanceof Domain domain) {
            domain.eAdapters().remove(this);
            domains.remove(Long.valueOf(domain.getId()), domain);
            removeAll(domain.getDomains());
            removeAll(domain.getAgents());
        }
    }

    private boolean contains(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container == tree) {
                return true;
            }
        }
        return false;
    }

    private void adapt(EObject object) {
        if (!object.eAdapters().contains(this)) {
            object.eAdapters().add(this);
        }
    }

    private <K, V> void renamed(Notification notification, Map<K, V> index) {
        @SuppressWarnings("unchecked")
        V object = (V) notification.getNotifier();
        @SuppressWarnings("unchecked")
        K oldId = (K) notification.getOldValue();
        @SuppressWarnings("unchecked")
        K newId = (K) notification.getNewValue();
        if (oldId != null) {
            index.remove(oldId, object);
        }
        if (newId != null && !newId.equals(Long.valueOf(UNCREATED))) {
            index.put(newId, object);
        }
    }
}
