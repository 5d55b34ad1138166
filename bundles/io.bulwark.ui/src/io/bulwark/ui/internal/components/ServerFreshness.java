package io.bulwark.ui.internal.components;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.ComponentFreshness;
import io.bulwark.model.tree.OutdatedVerdict;

/**
 * How current a server's agents are with the components the server holds, read from the live model: the server's
 * verdict ({@link OutdatedVerdict}, versions compared as {@link ComponentFreshness#compare} does) where the console has
 * asked for it, else the component versions read for an agent: out of date when it reported an older version of any of
 * the server's components, or none at all. An agent is not known while neither exists. Call on the model thread.
 *
 * @param upToDate
 *            agents holding every component at the server's version or newer
 * @param outdated
 *            agents behind on at least one component, with what they are behind on
 * @param unknown
 *            agents whose component versions the console has not read
 */
public record ServerFreshness(int upToDate, List<OutdatedAgent> outdated, int unknown) {

    /**
     * An agent behind the server.
     *
     * @param agent
     *            the agent
     * @param behind
     *            the components it is behind on, e.g. {@code virus-pattern 18540 < 18541}
     */
    public record OutdatedAgent(Agent agent, String behind) {
    }

    /** @return how many agents were looked at */
    public int total() {
        return upToDate + outdated.size() + unknown;
    }

    /**
     * @param server
     *            a server of the model
     * @return its agents' freshness; all zero when it is not connected
     */
    public static ServerFreshness of(ManagementServer server) {
        AgentTree tree = server.getAgentTree();
        if (tree == null) {
            return new ServerFreshness(0, List.of(), 0);
        }
        Map<String, String> held = new HashMap<>();
        for (ComponentVersion component : server.getComponents()) {
            held.put(component.getName(), component.getVersion());
        }
        int[] counts = new int[2];
        List<OutdatedAgent> outdated = new ArrayList<>();
        OutdatedVerdict verdict = OutdatedVerdict.of(tree);
        tree.eAllContents().forEachRemaining(object -> {
            if (object instanceof Agent agent) {
                Boolean judged = verdict == null ? null : verdict.isOutdated(agent);
                if (judged != null) {
                    if (judged.booleanValue()) {
                        outdated.add(new OutdatedAgent(agent, behind(agent, held)));
                    } else {
                        counts[0]++;
                    }
                    return;
                }
                if (agent.getComponentVersions().isEmpty()) {
                    counts[1]++;
                    return;
                }
                String behind = behind(agent, held);
                if (behind.isEmpty()) {
                    counts[0]++;
                } else {
                    outdated.add(new OutdatedAgent(agent, behind));
                }
            }
        });
        return new ServerFreshness(counts[0], List.copyOf(outdated), counts[1]);
    }

    private static String behind(Agent agent, Map<String, String> held) {
        Map<String, String> reported = new HashMap<>();
        for (ComponentVersion version : agent.getComponentVersions()) {
            reported.put(version.getName(), version.getVersion());
        }
        StringBuilder behind = new StringBuilder();
        held.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String has = reported.get(entry.getKey());
            if (has == null || ComponentFreshness.compare(has, entry.getValue()) < 0) {
                if (behind.length() > 0) {
                    behind.append(", "); //$NON-NLS-1$
                }
                behind.append(entry.getKey()).append(' ').append(has == null ? "-" : has) //$NON-NLS-1$
                        .append(" < ").append(entry.getValue()); //$NON-NLS-1$
            }
        });
        return behind.toString();
    }
}
