package io.bulwark.protocol.move;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/move-tickets/{id}/placements} on the target: the domains some of the ticket's agents
 * join on arrival. Setting the same placements again is harmless; agents not named keep their placement.
 *
 * @param placements
 *            one entry per target domain, no agent in two entries
 */
public record TicketPlacements(List<TicketPlacement> placements) {

    /** Freezes the list. */
    public TicketPlacements {
        placements = placements == null ? null : List.copyOf(placements);
    }
}
