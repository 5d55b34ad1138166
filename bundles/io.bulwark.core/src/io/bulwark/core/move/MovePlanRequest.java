package io.bulwark.core.move;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * What to plan: which agents, where, until when.
 *
 * @param agentIds
 *            the agents, pinned now: a plan never evaluates a filter again
 * @param targetDomainPath
 *            the domain on the target as a path such as {@code Branch/Lab}, or {@code null} or empty for the root
 * @param deadlineDays
 *            days from now until waiting agents expire, 1 to {@value MoveTicketRequest#MAX_DEADLINE_DAYS}
 * @param offlineAgents
 *            {@link MoveRequest#WAIT} or {@link MoveRequest#SKIP}
 * @param cancelNotifications
 *            whether the source cancels queued notifications for the agents rather than refusing the move
 * @param reserveTicket
 *            whether planning already obtains the target's ticket (the run uses the same one)
 * @param origin
 *            what the agents were chosen from, for a person and to find the job again (e.g. an agent list file and its
 *            digest), or {@code null}
 */
public record MovePlanRequest(List<UUID> agentIds, String targetDomainPath, int deadlineDays, String offlineAgents,
        boolean cancelNotifications, boolean reserveTicket, String origin) {

    /** Checks and freezes. */
    public MovePlanRequest {
        agentIds = List.copyOf(Objects.requireNonNull(agentIds, "agentIds")); //$NON-NLS-1$
        if (!MoveRequest.WAIT.equals(offlineAgents) && !MoveRequest.SKIP.equals(offlineAgents)) {
            throw new IllegalArgumentException("offlineAgents must be wait or skip, was " + offlineAgents); //$NON-NLS-1$
        }
    }

    /**
     * @param agentIds
     *            the agents
     * @param targetDomainPath
     *            the target domain, or {@code null} for the root
     * @return a request with the defaults: {@value MoveTicketRequest#DEFAULT_DEADLINE_DAYS} days, offline agents wait,
     *         notifications are not cancelled, no ticket at planning
     */
    public static MovePlanRequest of(List<UUID> agentIds, String targetDomainPath) {
        return new MovePlanRequest(agentIds, targetDomainPath, MoveTicketRequest.DEFAULT_DEADLINE_DAYS,
                MoveRequest.WAIT,
                false, false, null);
    }
}
