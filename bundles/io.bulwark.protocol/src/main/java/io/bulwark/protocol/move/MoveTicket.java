package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket issued by the target server (the answer to a {@link MoveTicketRequest}): it admits the named agents coming
 * from the named source until the deadline, each once.
 *
 * @param ticketId
 *            the ticket's id on the target, for {@code GET /api/v1/move-tickets/{ticketId}}
 * @param token
 *            the opaque secret the source hands each agent in {@link Relocate} and the agent presents in its
 *            {@link Arrival}; returned only when the ticket is issued (and to a repeat of that request)
 * @param sourceToken
 *            the secret the source alone presents when it asks which agents arrived ({@link ArrivalCheck}): the console
 *            hands it to the source in the {@link MoveRequest}, and the source never hands it to agents, so an agent of
 *            the move cannot ask about or release other agents; returned with {@code token}
 * @param sourceServerId
 *            the source it admits agents from
 * @param targetServerId
 *            the identity of the server that issued it
 * @param domainId
 *            the domain arriving agents join, or {@code null} for the root
 * @param deadline
 *            when it lapses: agents not arrived by then are refused and their provisional records dropped
 * @param agentCount
 *            how many agents it names
 */
public record MoveTicket(UUID ticketId, String token, String sourceToken, UUID sourceServerId, UUID targetServerId,
        Long domainId,
        Instant deadline, int agentCount) {
}
