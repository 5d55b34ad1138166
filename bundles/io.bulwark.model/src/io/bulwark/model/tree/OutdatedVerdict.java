package io.bulwark.model.tree;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;

/**
 * The server's verdict on which of its agents were out of date when the console last asked (the server judges by the
 * versions agents report in their heartbeats, which the agent listing does not carry): kept on the server's agent tree,
 * so the console can count up-to-date agents without reading every agent's component versions. Agents that arrived
 * after the verdict have none. Call on the model thread.
 */
public final class OutdatedVerdict extends AdapterImpl {

    private final Set<String> judged;
    private final Set<String> outdated;

    private OutdatedVerdict(Set<String> judged, Set<String> outdated) {
        this.judged = judged;
        this.outdated = outdated;
    }

    /**
     * @param tree
     *            a server's agent tree
     * @return the latest verdict on it, or {@code null} if the server was never asked
     */
    public static OutdatedVerdict of(AgentTree tree) {
        for (Object adapter : tree.eAdapters()) {
            if (adapter instanceof OutdatedVerdict verdict) {
                return verdict;
            }
        }
        return null;
    }

    /**
     * Records a verdict on every agent the tree holds now, replacing the one before.
     *
     * @param tree
     *            a server's agent tree
     * @param outdatedIds
     *            the ids of the agents the server listed as out of date
     * @return the verdict
     */
    public static OutdatedVerdict record(AgentTree tree, Collection<String> outdatedIds) {
        Set<String> judged = new HashSet<>();
        tree.eAllContents().forEachRemaining(object -> {
            if (object instanceof Agent agent) {
                judged.add(agent.getId());
            }
        });
        OutdatedVerdict verdict = new OutdatedVerdict(judged, Set.copyOf(outdatedIds));
        OutdatedVerdict before = of(tree);
        if (before != null) {
            tree.eAdapters().remove(before);
        }
        tree.eAdapters().add(verdict);
        return verdict;
    }

    /**
     * @param agent
     *            an agent of the tree
     * @return {@link Boolean#TRUE} if the server listed it as out of date, {@link Boolean#FALSE} if it was judged up to
     *         date, {@code null} if it arrived after the verdict
     */
    public Boolean isOutdated(Agent agent) {
        if (outdated.contains(agent.getId())) {
            return Boolean.TRUE;
        }
        return judged.contains(agent.getId()) ? Boolean.FALSE : null;
    }

    /** @return how many of the judged agents were out of date */
    public int outdatedCount() {
        return outdated.size();
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == OutdatedVerdict.class;
    }
}
