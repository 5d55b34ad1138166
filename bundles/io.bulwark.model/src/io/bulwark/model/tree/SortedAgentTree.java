package io.bulwark.model.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;

/**
 * The order in which the agent tree shows one server's tree: domains by name, agents by host name, each level sorted
 * once, when first shown, and kept while the tree does not change. Typing in the filter box then only tests agents in
 * an order already known, instead of sorting 100,000 of them again on every keystroke.
 * <p>
 * A snapshot: make a new one when the tree changes. Use it on the model thread.
 */
public final class SortedAgentTree {

    private static final Comparator<Domain> BY_NAME = Comparator.comparing(Domain::getName,
            Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
    private static final Comparator<Agent> BY_HOST_NAME = Comparator.comparing(Agent::getHostName,
            Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));

    private final AgentTree tree;
    private final Map<EObject, List<Domain>> domains = new HashMap<>();
    private final Map<EObject, List<Agent>> agents = new HashMap<>();

    private SortedAgentTree(AgentTree tree) {
        this.tree = tree;
    }

    /**
     * @param tree
     *            a server's agent tree
     * @return its order, sorted level by level as the levels are asked for
     */
    public static SortedAgentTree of(AgentTree tree) {
        return new SortedAgentTree(tree);
    }

    /** @return the tree this orders */
    public AgentTree tree() {
        return tree;
    }

    List<Domain> domains(EObject container, List<Domain> live) {
        return domains.computeIfAbsent(container, key -> {
            List<Domain> sorted = new ArrayList<>(live);
            sorted.sort(BY_NAME);
            return sorted;
        });
    }

    List<Agent> agents(EObject container, List<Agent> live) {
        return agents.computeIfAbsent(container, key -> {
            List<Agent> sorted = new ArrayList<>(live);
            sorted.sort(BY_HOST_NAME);
            return sorted;
        });
    }
}
