package io.bulwark.protocol.move;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/move-tickets/{id}/arrival-checks} on the target: the source of a move asks which of
 * the ticket's agents registered there, because they went quiet on the source without handing in the target's receipt
 * (the departure call was lost, or the agent vanished after arriving). The source calls over HTTPS, pinning the
 * target's fingerprint as the move named it, and proves itself with the ticket's {@link MoveTicket#sourceToken()},
 * which only the console and the source hold: the agents of the move hold the ticket's other token, which the target
 * refuses here.
 * <p>
 * With {@code release} the source is about to roll the agents back: the target then, in the same transaction, lets go
 * of every named agent that has not registered (it becomes {@link TicketAgent#LAPSED}), so it refuses that agent under
 * this ticket afterwards. An agent that did register is not released: its receipt is in the answer and the source
 * records its departure instead of rolling it back. Asking again, with or without {@code release}, is harmless and
 * gives the same receipts.
 *
 * @param sourceServerId
 *            the asking server, which must be the ticket's source
 * @param sourceToken
 *            the ticket's source token, as the move was started with
 * @param agentIds
 *            the agents asked about, 1 to {@value #MAX_AGENTS}, each once
 * @param release
 *            whether agents that have not registered are to be released from the ticket
 */
public record ArrivalCheck(UUID sourceServerId, String sourceToken, List<UUID> agentIds, boolean release) {

    /** The most agents one check may name; a source asks about more in several calls. */
    public static final int MAX_AGENTS = 1000;

    /** Freezes the list. */
    public ArrivalCheck {
        agentIds = agentIds == null ? null : List.copyOf(agentIds);
    }
}
