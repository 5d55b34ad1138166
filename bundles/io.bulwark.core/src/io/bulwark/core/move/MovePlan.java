package io.bulwark.core.move;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.bulwark.core.move.PlannedAgent.Disposition;

/**
 * A move as planned, before anything happens: exactly which agents (pinned by id), what happens to each, whether the
 * target is ready, its load afterwards, which settings change on arrival, the deadline and an estimate of the time.
 * Saved and reviewed with {@link MovePlanFile}; carried out by {@link MoveRunner} from a {@link MoveJournal}.
 *
 * @param moveId
 *            the move's id, chosen now and kept: every request of the move is idempotent by it
 * @param plannedAt
 *            when the plan was made
 * @param source
 *            the server the agents leave
 * @param target
 *            the server they go to
 * @param targetDomainId
 *            their domain on the target, or {@code null} for the root
 * @param targetDomainPath
 *            the same as a path; empty for the root
 * @param deadline
 *            when waiting agents expire and the ticket lapses
 * @param offlineAgents
 *            {@code wait} or {@code skip}
 * @param cancelNotifications
 *            whether the source cancels queued notifications for the agents
 * @param agents
 *            every agent asked for, in the order given
 * @param readiness
 *            whether the target can take them
 * @param load
 *            the target's agents before and after
 * @param settingsDifferences
 *            the settings that differ on arrival, per source domain and group
 * @param heartbeatIntervalMillis
 *            the longest heartbeat interval seen among the agents, 0 if none was read
 * @param estimatedMillis
 *            how long the agents that move now should take (two heartbeat intervals and their relocations at a measured
 *            rate), 0 if none moves now
 * @param origin
 *            what the agents were chosen from ({@link MovePlanRequest#origin()}), or {@code null}
 * @param placements
 *            agents that join another target domain than {@code targetDomainPath} on arrival, by that domain's path:
 *            the copies of their own domains after a {@link StructureReplication}; empty when every agent joins the
 *            target domain
 */
public record MovePlan(UUID moveId, Instant plannedAt, MoveServer source, MoveServer target, Long targetDomainId,
        String targetDomainPath, Instant deadline, String offlineAgents, boolean cancelNotifications,
        List<PlannedAgent> agents, TargetReadiness readiness, TargetLoad load,
        List<SettingsDifference> settingsDifferences, long heartbeatIntervalMillis, long estimatedMillis,
        String origin, Map<String, List<UUID>> placements) {

    /** Freezes the lists; a plan saved before placements existed reads as one without any. */
    public MovePlan {
        agents = List.copyOf(agents);
        settingsDifferences = List.copyOf(settingsDifferences);
        Map<String, List<UUID>> frozen = new TreeMap<>();
        if (placements != null) {
            placements.forEach((path, ids) -> frozen.put(path, List.copyOf(ids)));
        }
        placements = Collections.unmodifiableMap(frozen);
    }

    /**
     * @param structure
     *            the replication of the agents' source domains on the target, made for this plan
     * @return this plan with every named agent of a replicated source domain placed in that domain's copy on the
     *         target; agents directly under the source's root keep joining the target domain
     */
    public MovePlan placedIn(StructurePlan structure) {
        Map<String, String> copies = new HashMap<>();
        for (PlannedDomain domain : structure.domains()) {
            copies.put(domain.sourcePath().toLowerCase(Locale.ROOT), domain.targetPath());
        }
        Map<String, List<UUID>> placed = new TreeMap<>();
        for (PlannedAgent agent : agents) {
            String copy = agent.domainPath() == null
                    ? null
                    : copies.get(agent.domainPath().toLowerCase(Locale.ROOT));
            if (agent.disposition().named() && copy != null) {
                placed.computeIfAbsent(copy, path -> new ArrayList<>()).add(agent.id());
            }
        }
        return new MovePlan(moveId, plannedAt, source, target, targetDomainId, targetDomainPath, deadline,
                offlineAgents, cancelNotifications, agents, readiness, load, settingsDifferences,
                heartbeatIntervalMillis, estimatedMillis, origin, placed);
    }

    /** @return the agents named in the ticket and the move request: those moving now and those waiting */
    public List<UUID> namedAgents() {
        return agents.stream().filter(agent -> agent.disposition().named()).map(PlannedAgent::id).toList();
    }

    /**
     * @param disposition
     *            what happens to an agent
     * @return how many agents of the plan it happens to
     */
    public int count(Disposition disposition) {
        return (int) agents.stream().filter(agent -> agent.disposition() == disposition).count();
    }
}
