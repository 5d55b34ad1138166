package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state of a ticket on the target server: {@code GET /api/v1/move-tickets/{id}}. {@code DELETE} revokes it, after
 * which agents it names and that have not registered are refused.
 *
 * @param ticketId
 *            the ticket
 * @param sourceServerId
 *            the source it admits agents from
 * @param domainId
 *            the domain arriving agents join, or {@code null} for the root
 * @param deadline
 *            when it lapses
 * @param revoked
 *            whether it was revoked
 * @param counts
 *            how many agents are in each {@link TicketAgent} state
 * @param agents
 *            every agent it names, in the order of the request
 */
public record MoveTicketStatus(UUID ticketId, UUID sourceServerId, Long domainId, Instant deadline, boolean revoked,
        Map<String, Integer> counts, List<TicketAgent> agents) {

    /** Freezes the collections. */
    public MoveTicketStatus {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        agents = agents == null ? List.of() : List.copyOf(agents);
    }
}
