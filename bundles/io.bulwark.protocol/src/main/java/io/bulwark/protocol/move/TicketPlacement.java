package io.bulwark.protocol.move;

import java.util.List;
import java.util.UUID;

/**
 * Where some agents of a ticket join the target when they arrive, instead of the ticket's domain: used when the
 * source's domain structure was replicated on the target first, so each agent lands in the copy of its own domain.
 *
 * @param domainId
 *            the target domain they join, or {@code null} for the ticket's own domain
 * @param agentIds
 *            agents the ticket names and that have not arrived yet, each once
 */
public record TicketPlacement(Long domainId, List<UUID> agentIds) {

    /** Freezes the list. */
    public TicketPlacement {
        agentIds = agentIds == null ? null : List.copyOf(agentIds);
    }
}
