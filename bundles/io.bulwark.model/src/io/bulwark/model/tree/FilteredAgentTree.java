package io.bulwark.model.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/**
 * What the agent tree shows of one server: the agents a filter matches, each level sorted (domains by name, agents by
 * host name), the domains that hold matches, and, where a level holds more than {@link #BUCKET_SIZE} matching agents,
 * {@link AgentRange}s of them instead of the agents themselves, since a tree widget is slow on a huge flat level.
 * <p>
 * A snapshot: built in one pass over the tree on the model thread, then read by the viewer. Rebuild it when the filter
 * or the tree changes.
 */
public final class FilteredAgentTree {

    /** The most agents shown directly on one level; more are shown as ranges of this many. */
    public static final int BUCKET_SIZE = 1000;

    private final AgentFilter filter;
    private final SortedAgentTree order;
    private final ManagementServer server;
    private final int bucketSize;
    private final Map<Object, List<Object>> children = new HashMap<>();
    private final int matchCount;

    private FilteredAgentTree(SortedAgentTree order, AgentFilter filter, int bucketSize) {
        AgentTree tree = order.tree();
        this.filter = filter;
        this.order = order;
        this.server = tree.getServer();
        this.bucketSize = bucketSize;
        this.matchCount = visit(tree, tree.getDomains(), tree.getAgents());
    }

    /**
     * @param tree
     *            a server's agent tree
     * @param filter
     *            which agents to show
     * @return what the tree shows of it
     */
    public static FilteredAgentTree of(AgentTree tree, AgentFilter filter) {
        return new FilteredAgentTree(SortedAgentTree.of(tree), filter, BUCKET_SIZE);
    }

    /**
     * As {@link #of(AgentTree, AgentFilter)} in an order already known, for a filter that changes while the tree does
     * not: each keystroke in the filter box then costs one test per agent, no sorting.
     *
     * @param order
     *            the order of a server's agent tree, kept while the tree does not change
     * @param filter
     *            which agents to show
     * @return what the tree shows of it
     */
    public static FilteredAgentTree of(SortedAgentTree order, AgentFilter filter) {
        return new FilteredAgentTree(order, filter, BUCKET_SIZE);
    }

    /**
     * As {@link #of(AgentTree, AgentFilter)} with another bucket size, for tests.
     *
     * @param tree
     *            a server's agent tree
     * @param filter
     *            which agents to show
     * @param bucketSize
     *            the most agents shown directly on one level, at least 2
     * @return what the tree shows of it
     */
    public static FilteredAgentTree of(AgentTree tree, AgentFilter filter, int bucketSize) {
        if (bucketSize < 2) {
            throw new IllegalArgumentException("bucket size " + bucketSize); //$NON-NLS-1$
        }
        return new FilteredAgentTree(SortedAgentTree.of(tree), filter, bucketSize);
    }

    /** @return the filter this snapshot shows */
    public AgentFilter filter() {
        return filter;
    }

    /** @return how many agents of the tree the filter matches */
    public int matchCount() {
        return matchCount;
    }

    /**
     * @param parent
     *            the agent tree, a domain or a range of this snapshot
     * @return what shows below it: domains first, then agents or ranges of agents; empty for anything else, and for a
     *         domain the filter hides
     */
    public List<Object> children(Object parent) {
        if (parent instanceof AgentRange range) {
            return List.copyOf(range.agents());
        }
        List<Object> shown = children.get(parent);
        return shown == null ? List.of() : shown;
    }

    /**
     * @param parent
     *            the agent tree, a domain or a range of this snapshot
     * @return whether anything shows below it
     */
    public boolean hasChildren(Object parent) {
        if (parent instanceof AgentRange) {
            return true;
        }
        List<Object> shown = children.get(parent);
        return shown != null && !shown.isEmpty();
    }

    /** @return whether the snapshot shows the domain (it holds matches, or the filter shows everything) */
    public boolean shows(Domain domain) {
        return children.containsKey(domain);
    }

    private int visit(EObject container, List<Domain> domains, List<Agent> agents) {
        int count = 0;
        List<Object> shown = new ArrayList<>();
        for (Domain domain : order.domains(container, domains)) {
            int below = visit(domain, domain.getDomains(), domain.getAgents());
            if (below > 0 || filter.showsAll()) {
                shown.add(domain);
            } else {
                children.remove(domain);
            }
            count += below;
        }
        List<Agent> matches = new ArrayList<>(filter.showsAll() ? agents.size() : 16);
        for (Agent agent : order.agents(container, agents)) {
            if (filter.test(agent, server)) {
                matches.add(agent);
            }
        }
        if (matches.size() > bucketSize) {
            for (int start = 0, index = 0; start < matches.size(); start += bucketSize, index++) {
                shown.add(new AgentRange(container, index,
                        matches.subList(start, Math.min(matches.size(), start + bucketSize))));
            }
        } else {
            shown.addAll(matches);
        }
        children.put(container, shown);
        return count + matches.size();
    }
}
