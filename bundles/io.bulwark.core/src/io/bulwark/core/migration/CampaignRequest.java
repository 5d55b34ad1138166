package io.bulwark.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * What campaign to plan: which agents, how to split them, and how each wave moves them.
 *
 * @param agentIds
 *            the agents, pinned now
 * @param rules
 *            how to split them into the pilot and waves
 * @param targetDomainPath
 *            their domain on the target as a path, or {@code null} or empty for the root
 * @param deadlineDays
 *            each wave's deadline in days from its start, 1 to {@value MoveTicketRequest#MAX_DEADLINE_DAYS}
 * @param offlineAgents
 *            {@link MoveRequest#WAIT} or {@link MoveRequest#SKIP}, for every wave
 * @param cancelNotifications
 *            whether each wave cancels notifications queued for its agents on the source
 * @param origin
 *            what the agents were chosen from, for a person and to find the campaign again, or {@code null}
 */
public record CampaignRequest(List<UUID> agentIds, CampaignRules rules, String targetDomainPath, int deadlineDays,
        String offlineAgents, boolean cancelNotifications, String origin) {

    /** Checks and freezes. */
    public CampaignRequest {
        agentIds = List.copyOf(Objects.requireNonNull(agentIds, "agentIds")); //$NON-NLS-1$
        Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
        if (!MoveRequest.WAIT.equals(offlineAgents) && !MoveRequest.SKIP.equals(offlineAgents)) {
            throw new IllegalArgumentException("offlineAgents must be wait or skip, was " + offlineAgents); //$NON-NLS-1$
        }
    }
}
