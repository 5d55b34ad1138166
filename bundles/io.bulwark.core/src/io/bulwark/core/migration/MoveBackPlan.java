package io.bulwark.core.migration;

import java.util.List;
import java.util.UUID;

import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MoveServer;

/**
 * Moving the agents of a finished move back where they came from, as planned: one reverse move per domain they left on
 * the move's source.
 *
 * @param moveId
 *            the move undone
 * @param from
 *            the server the agents are on now (the move's target)
 * @param to
 *            the server they go back to (the move's source)
 * @param arrived
 *            how many agents of the move arrived on its target
 * @param earlierJobs
 *            move-back jobs of the journal for this move from an earlier run, finished or not, to follow again
 * @param missingDomains
 *            the domains the agents came from that the source no longer has, by path
 * @param missingDomainsToRoot
 *            whether the agents of missing domains go to the source's root
 * @param moves
 *            the reverse moves planned now, one per domain, for the arrived agents no earlier job names; empty when the
 *            plan is not {@linkplain #ready() ready}
 * @param skippedDomains
 *            domains whose agents cannot move back now (none of them can move: gone from the target, already moving),
 *            each with the reason
 */
public record MoveBackPlan(UUID moveId, MoveServer from, MoveServer to, int arrived, List<UUID> earlierJobs,
        List<String> missingDomains, boolean missingDomainsToRoot, List<MovePlan> moves, List<String> skippedDomains) {

    /** Freezes the lists. */
    public MoveBackPlan {
        earlierJobs = List.copyOf(earlierJobs);
        missingDomains = List.copyOf(missingDomains);
        moves = List.copyOf(moves);
        skippedDomains = List.copyOf(skippedDomains);
    }

    /** @return whether the moves may go: no domain is missing, or their agents go to the root */
    public boolean ready() {
        return missingDomains.isEmpty() || missingDomainsToRoot;
    }
}
