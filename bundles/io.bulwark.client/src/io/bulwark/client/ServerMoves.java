package io.bulwark.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.ApiCaller;
import io.bulwark.client.internal.Call;
import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.move.MoveList;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;
import io.bulwark.protocol.move.TicketPlacements;

/**
 * The calls that move agents between servers (DESIGN §5): on the <em>target</em>, the ticket that makes it expect the
 * agents; on the <em>source</em>, the move itself, its progress per agent and its cancelling. Obtained from
 * {@link ServerClient#moves()}; shares its client's session, trust, retries and cancellation.
 * <p>
 * Every mutation carries an {@code Idempotency-Key} the caller can keep in a journal, so a request repeated after a
 * lost answer or a restart does nothing more than the first: a ticket request under the key of its first attempt
 * returns the same ticket, and a move is keyed by its {@link MoveRequest#moveId()}.
 */
public final class ServerMoves {

    private final ApiCaller caller;
    private final TypedCalls calls;

    ServerMoves(ApiCaller caller, TypedCalls calls) {
        this.caller = caller;
        this.calls = calls;
    }

    /**
     * Asks this server (the target) for a ticket admitting the agents.
     *
     * @param request
     *            the source, the agents, their domain here and the deadline
     * @param idempotencyKey
     *            the key of this one request, kept by the caller so a repeat returns the same ticket with its token
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the ticket with its token
     * @throws ServerException
     *             e.g. {@link InvalidRequestException} for a deadline too far ahead, {@link ForbiddenException} outside
     *             the caller's domains
     */
    public MoveTicket requestTicket(MoveTicketRequest request, String idempotencyKey, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("POST", ApiPaths.MOVE_TICKETS, Objects.requireNonNull(request, "request"), //$NON-NLS-1$ //$NON-NLS-2$
                Objects.requireNonNull(idempotencyKey, "idempotencyKey"), MoveTicket.class, monitor); //$NON-NLS-1$
    }

    /**
     * @param ticketId
     *            a ticket this server issued
     * @param monitor
     *            cancels the call, or {@code null}
     * @return how far each agent it names has come here
     * @throws ServerException
     *             e.g. {@link NotFoundException} for an unknown ticket
     */
    public MoveTicketStatus ticket(UUID ticketId, IProgressMonitor monitor) throws ServerException {
        return calls.get(ticketPath(ticketId), MoveTicketStatus.class, monitor);
    }

    /**
     * Sets the domains some of a ticket's agents join when they arrive here (the target), instead of the ticket's
     * domain: after the source's structure was replicated here, each agent lands in the copy of its own domain. Placing
     * the same way again is harmless, so the call is repeated after a lost answer.
     *
     * @param ticketId
     *            a ticket this server issued
     * @param placements
     *            target domains and their agents, each agent still expected by the ticket
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the ticket's state
     * @throws ServerException
     *             e.g. {@link InvalidRequestException} for an agent the ticket does not name or a domain that does not
     *             exist, {@link ConflictException} for agents that arrived elsewhere already
     */
    public MoveTicketStatus placeAgents(UUID ticketId, TicketPlacements placements, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("PUT", ticketPath(ticketId) + ApiPaths.PLACEMENTS, //$NON-NLS-1$
                Objects.requireNonNull(placements, "placements"), null, MoveTicketStatus.class, monitor); //$NON-NLS-1$
    }

    /**
     * Revokes a ticket: agents it names that have not registered here are refused from now on. Revoking twice is
     * harmless.
     *
     * @param ticketId
     *            a ticket this server issued
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws ServerException
     *             e.g. {@link NotFoundException} for an unknown ticket
     */
    public void revokeTicket(UUID ticketId, IProgressMonitor monitor) throws ServerException {
        caller.send(Call.mutation("DELETE", ticketPath(ticketId), null, null), ApiCaller.noBody(), monitor); //$NON-NLS-1$
    }

    /**
     * Asks this server (the source) to move agents to the target. Keyed by the move's id: sending the same request
     * again (after a lost answer, from a restarted console) starts nothing more and answers the move's progress.
     *
     * @param request
     *            the move, with the target's ticket
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the move's progress just after it started
     * @throws NotificationsPendingException
     *             when notifications wait for some of the agents and the request did not ask to cancel them; nothing
     *             was changed
     * @throws ServerException
     *             if the call fails otherwise
     */
    public MoveProgress start(MoveRequest request, IProgressMonitor monitor) throws ServerException {
        Objects.requireNonNull(request, "request"); //$NON-NLS-1$
        return calls.mutate("POST", ApiPaths.MOVES, request, "move-" + request.moveId(), MoveProgress.class, //$NON-NLS-1$ //$NON-NLS-2$
                monitor);
    }

    /**
     * @param moveId
     *            a move on this server (the source)
     * @param monitor
     *            cancels the call, or {@code null}
     * @return its progress per agent
     * @throws ServerException
     *             e.g. {@link NotFoundException} for a move this server does not know
     */
    public MoveProgress progress(UUID moveId, IProgressMonitor monitor) throws ServerException {
        return calls.get(movePath(moveId), MoveProgress.class, monitor);
    }

    /**
     * Cancels a move: agents not yet relocating stay here and are reported cancelled; agents already relocating finish.
     * Cancelling twice is harmless.
     *
     * @param moveId
     *            a move on this server (the source)
     * @param monitor
     *            cancels the call, or {@code null}
     * @return its progress after cancelling
     * @throws ServerException
     *             e.g. {@link NotFoundException} for an unknown move
     */
    public MoveProgress cancel(UUID moveId, IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", movePath(moveId) + "/cancel", Map.of(), "cancel-" + moveId, MoveProgress.class, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                monitor);
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the moves this server (as a source) carries out, newest first, each with its counts but without its items
     *         (read one move's {@link #progress} for those)
     * @throws ServerException
     *             if the call fails
     */
    public List<MoveProgress> list(IProgressMonitor monitor) throws ServerException {
        return calls.get(ApiPaths.MOVES, MoveList.class, monitor).moves();
    }

    private static String ticketPath(UUID ticketId) {
        return ApiPaths.MOVE_TICKETS + '/' + Objects.requireNonNull(ticketId, "ticketId"); //$NON-NLS-1$
    }

    private static String movePath(UUID moveId) {
        return ApiPaths.MOVES + '/' + Objects.requireNonNull(moveId, "moveId"); //$NON-NLS-1$
    }
}
