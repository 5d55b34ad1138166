package io.bulwark.core.move;

import java.time.Instant;
import java.util.List;
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
 *            how long the agents that move now should take (two heartbeat intervals), 0 if none moves now
 * @param origin
 *            what the agents were chosen from ({@link MovePlanRequest#origin()}), or {@code null}
 */
public record MovePlan(UUID moveId, Instant plannedAt, MoveServer source, MoveServer target, Long targetDomainId,
        String targetDomainPath, Instant deadline, String offlineAgents, boolean cancelNotifications,
        List<PlannedAgent> agents, TargetReadiness readiness, TargetLoad load,
        List<SettingsDifference> settingsDifferences, long heartbeatIntervalMillis, long estimatedMillis,
        String origin) {

    /** Freezes the lists. */
    public MovePlan {
        agents = List.copyOf(agents);
        settingsDifferences = List.copyOf(settingsDifferences);
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
