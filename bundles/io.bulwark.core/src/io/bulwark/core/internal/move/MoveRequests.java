package io.bulwark.core.internal.move;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.move.MovePlan;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.TicketPlacement;
import io.bulwark.protocol.move.TicketPlacements;

/**
 * The requests of one planned move, the same on every attempt and after every restart, so that the servers apply them
 * once: the ticket under an idempotency key derived from the move's id, the move under the move's id.
 */
public final class MoveRequests {

    private MoveRequests() {
    }

    /**
     * @param moveId
     *            a move
     * @return the idempotency key of its ticket request
     */
    public static String ticketKey(UUID moveId) {
        return "ticket-" + moveId; //$NON-NLS-1$
    }

    /**
     * @param plan
     *            a plan
     * @return its ticket request to the target
     */
    public static MoveTicketRequest ticket(MovePlan plan) {
        return new MoveTicketRequest(plan.source().serverId(), plan.namedAgents(), plan.targetDomainId(),
                plan.deadline());
    }

    /**
     * @param plan
     *            a plan with placements
     * @param targetDomains
     *            the target's domains now
     * @return where the placed agents join the target; a placement whose domain the target no longer has is left out,
     *         so its agents join the ticket's domain (the server does the same if the domain goes later)
     */
    public static TicketPlacements placements(MovePlan plan, DomainPaths targetDomains) {
        List<TicketPlacement> placements = new ArrayList<>();
        plan.placements().forEach((path, agentIds) -> {
            try {
                placements.add(new TicketPlacement(targetDomains.find(path), agentIds));
            } catch (IllegalArgumentException e) {
                // gone since planning: the agents join the ticket's domain
            }
        });
        return new TicketPlacements(placements);
    }

    /**
     * @param plan
     *            a plan
     * @param ticket
     *            the target's ticket, with its tokens
     * @return its move request to the source
     */
    public static MoveRequest move(MovePlan plan, MoveTicket ticket) {
        MoveTarget target = new MoveTarget(plan.target().serverId(), ServerAddress.parse(plan.target().url()).host(),
                plan.target().listeningPort(), plan.target().fingerprint());
        return new MoveRequest(plan.moveId(), plan.namedAgents(), target, ticket.token(), ticket.sourceToken(),
                plan.deadline(),
                plan.offlineAgents(), plan.cancelNotifications());
    }
}
