package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A move on the source server, per agent: the answer to {@code POST /api/v1/moves} and {@code GET
 * /api/v1/moves/{moveId}}. {@code POST /api/v1/moves/{moveId}/cancel} cancels agents not yet relocating.
 *
 * @param moveId
 *            the move
 * @param target
 *            where the agents go
 * @param createdAt
 *            when the source accepted it
 * @param deadline
 *            the move's deadline
 * @param offlineAgents
 *            {@link MoveRequest#WAIT} or {@link MoveRequest#SKIP}
 * @param cancelled
 *            whether it was cancelled
 * @param counts
 *            how many agents are in each {@link MoveItemProgress} state
 * @param items
 *            every agent of the move, in the order of the request
 */
public record MoveProgress(UUID moveId, MoveTarget target, Instant createdAt, Instant deadline, String offlineAgents,
        boolean cancelled, Map<String, Integer> counts, List<MoveItemProgress> items) {

    /** Freezes the collections. */
    public MoveProgress {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @return whether every agent of the move is in a final state */
    public boolean finished() {
        return items.stream().allMatch(item -> MoveItemProgress.isFinal(item.state()));
    }
}
