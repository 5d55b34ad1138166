package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/move-tickets} on the <em>target</em> server: expect these agents from that source
 * until the deadline. Sent with an {@code Idempotency-Key}, so a repeated request returns the same ticket.
 *
 * @param sourceServerId
 *            the identity of the server the agents come from ({@code ServerInfo.serverId} of the source)
 * @param agentIds
 *            the agents, 1 to 100,000, each once
 * @param domainId
 *            the domain they join on the target, or {@code null} for directly under the root (grouping rules do not
 *            apply to arriving agents)
 * @param deadline
 *            when the ticket lapses; in the future and at most {@value #MAX_DEADLINE_DAYS} days ahead
 */
public record MoveTicketRequest(UUID sourceServerId, List<UUID> agentIds, Long domainId, Instant deadline) {

    /** The furthest a move's deadline may lie ahead. */
    public static final int MAX_DEADLINE_DAYS = 90;

    /** The deadline chosen at planning when the administrator chooses none. */
    public static final int DEFAULT_DEADLINE_DAYS = 14;

    /** The most agents one ticket (and one move) names. */
    public static final int MAX_AGENTS = 100_000;

    /** Freezes the list. */
    public MoveTicketRequest {
        agentIds = agentIds == null ? null : List.copyOf(agentIds);
    }
}
