package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/moves} on the <em>source</em> server: move these agents to the target using its
 * ticket. Repeating a request with the same {@code moveId} is harmless: it answers the move's progress.
 * <p>
 * The source refuses with 409 {@code notifications_pending} while its notification queue holds items for any of the
 * agents, unless {@code cancelNotifications} is {@code true}, in which case it cancels them first.
 *
 * @param moveId
 *            the move's id, chosen by the caller at planning time and kept in its journal
 * @param agentIds
 *            the agents, 1 to {@value MoveTicketRequest#MAX_AGENTS}, each once, all named in the ticket
 * @param target
 *            the target server
 * @param ticket
 *            the {@link MoveTicket#token()} the target issued for these agents
 * @param sourceToken
 *            the ticket's {@link MoveTicket#sourceToken()}: the source keeps it to ask the target about agents that
 *            went quiet ({@link ArrivalCheck}) and never hands it to agents
 * @param deadline
 *            the move's deadline (the ticket's): agents still waiting then are reported expired and stay
 * @param offlineAgents
 *            what to do with agents that are offline or roaming now: {@value #WAIT} until they come back inside the
 *            network, or {@value #SKIP} them
 * @param cancelNotifications
 *            whether to cancel queued notifications for these agents instead of refusing
 */
public record MoveRequest(UUID moveId, List<UUID> agentIds, MoveTarget target, String ticket, String sourceToken,
        Instant deadline, String offlineAgents, boolean cancelNotifications) {

    /** Offline and roaming agents wait until they heartbeat from inside the network, then move. */
    public static final String WAIT = "wait"; //$NON-NLS-1$

    /** Offline and roaming agents are skipped and stay on the source. */
    public static final String SKIP = "skip"; //$NON-NLS-1$

    /** Freezes the list. */
    public MoveRequest {
        agentIds = agentIds == null ? null : List.copyOf(agentIds);
    }
}
