package io.bulwark.model.tree;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.Agent;

/**
 * A slice of the agents of one domain (or of a server's root) that has too many to show on one level: the agent tree
 * shows the slices, "host-00000 … host-00999", and a slice's agents below it.
 * <p>
 * A range is known by its container and its position there, so a tree that is rebuilt (the filter changed, agents
 * arrived) keeps the same slice open.
 */
public final class AgentRange {

    private final EObject container;
    private final int index;
    private final List<Agent> agents;

    AgentRange(EObject container, int index, List<Agent> agents) {
        this.container = container;
        this.index = index;
        this.agents = agents;
    }

    /** @return the domain or agent tree whose agents this range slices */
    public EObject container() {
        return container;
    }

    /** @return the position of this range among its container's ranges, from 0 */
    public int index() {
        return index;
    }

    /** @return the agents of this range, in the order shown */
    public List<Agent> agents() {
        return agents;
    }

    /** @return the host name of the first agent of the range */
    public String firstHostName() {
        return agents.get(0).getHostName();
    }

    /** @return the host name of the last agent of the range */
    public String lastHostName() {
        return agents.get(agents.size() - 1).getHostName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentRange range && range.container == container && range.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Integer.valueOf(System.identityHashCode(container)), Integer.valueOf(index));
    }

    @Override
    public String toString() {
        return firstHostName() + " .. " + lastHostName(); //$NON-NLS-1$
    }
}
