package io.bulwark.core.move;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.move.MoveItemProgress;

/**
 * One move job as its journal holds it: the plan, how far the job came, and each agent's state as the source last
 * reported it. A killed console or command line resumes from this.
 *
 * @param plan
 *            the plan it carries out
 * @param phase
 *            how far it came
 * @param ticketId
 *            the target's ticket, once obtained
 * @param cancelled
 *            whether cancelling was sent to the source (or the job was cancelled before the move started)
 * @param updatedAt
 *            when the record last changed
 * @param lastError
 *            the last failure that stopped a run, for a person; {@code null} after a successful step
 * @param counts
 *            how many agents are in each state of {@link MoveItemProgress#STATES}
 * @param items
 *            each agent named in the move with its state, in plan order; empty before the move started
 */
public record MoveJobRecord(MovePlan plan, MovePhase phase, UUID ticketId, boolean cancelled, Instant updatedAt,
        String lastError, Map<String, Integer> counts, List<MoveItemProgress> items) {

    /** Freezes the collections. */
    public MoveJobRecord {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @return the move's id */
    public UUID moveId() {
        return plan.moveId();
    }

    /** @return whether nothing more will happen */
    public boolean finished() {
        return phase == MovePhase.FINISHED;
    }

    /**
     * @return whether every agent named in the move arrived on the target (the command line's success); false while
     *         agents are on their way and for an empty move
     */
    public boolean allArrived() {
        return !items.isEmpty() && items.size() == plan.namedAgents().size()
                && items.stream().allMatch(item -> MoveItemProgress.ARRIVED.equals(item.state()));
    }

    /**
     * @param state
     *            one of {@link MoveItemProgress#STATES}
     * @return how many agents are in it
     */
    public int count(String state) {
        return counts.getOrDefault(state, Integer.valueOf(0)).intValue();
    }
}
