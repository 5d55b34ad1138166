package io.bulwark.core.migration;

import java.util.Objects;
import java.util.UUID;

import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * Which move to undo, and how the moves back go.
 *
 * @param moveId
 *            a finished move job of the journal
 * @param missingDomainsToRoot
 *            whether agents whose domain no longer exists on the move's source go to its root instead of the whole move
 *            back being refused
 * @param deadlineDays
 *            the moves back's deadline in days, 1 to {@value MoveTicketRequest#MAX_DEADLINE_DAYS}
 * @param offlineAgents
 *            {@link MoveRequest#WAIT} or {@link MoveRequest#SKIP}
 * @param cancelNotifications
 *            whether the move's target cancels notifications queued for the agents
 */
public record MoveBackRequest(UUID moveId, boolean missingDomainsToRoot, int deadlineDays, String offlineAgents,
        boolean cancelNotifications) {

    /** Checks. */
    public MoveBackRequest {
        Objects.requireNonNull(moveId, "moveId"); //$NON-NLS-1$
        if (!MoveRequest.WAIT.equals(offlineAgents) && !MoveRequest.SKIP.equals(offlineAgents)) {
            throw new IllegalArgumentException("offlineAgents must be wait or skip, was " + offlineAgents); //$NON-NLS-1$
        }
    }
}
