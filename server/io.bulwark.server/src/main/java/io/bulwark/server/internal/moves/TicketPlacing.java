package io.bulwark.server.internal.moves;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.protocol.move.TicketPlacement;
import io.bulwark.protocol.move.TicketPlacements;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code PUT /api/v1/move-tickets/{id}/placements} on the target: the domains some of a ticket's agents join on arrival
 * instead of the ticket's domain, set after the source's structure was replicated here so each agent lands in the copy
 * of its own domain. Only agents still expected can be placed; placing them again the same way is harmless. Needs the
 * same rights as revoking the ticket, and every domain placed into in the caller's scope.
 */
final class TicketPlacing {

    private static final String PATH = ApiPaths.MOVE_TICKETS + "/{id}" + ApiPaths.PLACEMENTS; //$NON-NLS-1$
    private static final int NAMED_IN_ERRORS = 5;

    private final TicketStore store;
    private final MoveContext context;

    TicketPlacing(TicketStore store, MoveContext context) {
        this.store = store;
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("PUT", PATH, Access.SESSION, this::place); //$NON-NLS-1$
    }

    private ApiReply place(ApiRequest request) throws Exception {
        UUID id = TicketEndpoints.ticketId(request);
        Caller caller = request.caller();
        caller.requireWriter();
        List<TicketPlacement> placements = checked(request.body(TicketPlacements.class));
        Instant now = context.clock().instant();
        MoveTicketStatus placed = context.database().inTransaction(connection -> {
            TicketStore.Ticket ticket = store.find(connection, id).orElseThrow(() -> TicketEndpoints.missing(id));
            caller.requireDomain(ticket.domainId(), context.domains());
            if (ticket.revoked()) {
                throw ApiException.conflict("Ticket " + id + " was revoked; its agents can no longer be placed"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Map<UUID, TicketStore.Placement> current = store.placements(connection, id);
            Map<String, Integer> audited = new LinkedHashMap<>();
            for (int index = 0; index < placements.size(); index++) {
                TicketPlacement placement = placements.get(index);
                Long domainId = placement.domainId();
                if (domainId != null && context.domains().find(connection, domainId.longValue()).isEmpty()) {
                    throw ApiException.invalid("placements[" + index + "].domainId", "There is no domain " + domainId); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                caller.requireDomain(domainId == null ? ticket.domainId() : domainId, context.domains());
                List<UUID> expected = expected(id, index, placement, current);
                store.place(connection, id, domainId, expected, now);
                audited.put(String.valueOf(domainId), Integer.valueOf(placement.agentIds().size()));
            }
            MoveTicketStatus status = TicketEndpoints.status(ticket, store.agents(connection, id));
            context.audit().record(connection, caller.user(), request.remoteAddress(), "move-ticket.place", //$NON-NLS-1$
                    "ticket " + id, null, Map.of("agentsPerDomain", audited)); //$NON-NLS-1$ //$NON-NLS-2$
            return status;
        });
        context.feed().publish("move-ticket.changed", id.toString(), null); //$NON-NLS-1$
        return ApiReply.ok(placed);
    }

    /** @return the placement's agents still expected; refuses agents the ticket does not name or that moved on */
    private static List<UUID> expected(UUID ticketId, int index, TicketPlacement placement,
            Map<UUID, TicketStore.Placement> current) throws ApiException {
        List<UUID> expected = new ArrayList<>();
        List<UUID> settled = new ArrayList<>();
        for (int i = 0; i < placement.agentIds().size(); i++) {
            UUID agentId = placement.agentIds().get(i);
            TicketStore.Placement found = current.get(agentId);
            if (found == null) {
                throw ApiException.invalid("placements[" + index + "].agentIds[" + i + "]", //$NON-NLS-1$ //$NON-NLS-2$
                        "Ticket " + ticketId + " does not name agent " + agentId); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (TicketAgent.EXPECTED.equals(found.state())) {
                expected.add(agentId);
            } else if (!Objects.equals(found.domainId(), placement.domainId())) {
                settled.add(agentId);
            }
        }
        if (!settled.isEmpty()) {
            throw ApiException.conflict(settled.size() + " of the agents are no longer expected by ticket " + ticketId //$NON-NLS-1$
                    + " (they arrived or lapsed) and keep where they are, e.g. " //$NON-NLS-1$
                    + settled.subList(0, Math.min(NAMED_IN_ERRORS, settled.size())));
        }
        return expected;
    }

    private static List<TicketPlacement> checked(TicketPlacements body) throws ApiException {
        if (body == null || body.placements() == null || body.placements().isEmpty()) {
            throw ApiException.invalid("placements", "placements must name at least one domain and its agents"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<UUID> seen = new HashSet<>();
        int total = 0;
        for (int index = 0; index < body.placements().size(); index++) {
            TicketPlacement placement = body.placements().get(index);
            String field = "placements[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            if (placement == null || placement.agentIds() == null || placement.agentIds().isEmpty()) {
                throw ApiException.invalid(field + ".agentIds", field + " names no agents"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (UUID agentId : placement.agentIds()) {
                if (agentId == null) {
                    throw ApiException.invalid(field + ".agentIds", field + " holds a null agent id"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (!seen.add(agentId)) {
                    throw ApiException.invalid(field + ".agentIds", "Agent " + agentId //$NON-NLS-1$ //$NON-NLS-2$
                            + " is placed more than once"); //$NON-NLS-1$
                }
            }
            total += placement.agentIds().size();
            if (total > MoveTicketRequest.MAX_AGENTS) {
                throw ApiException.invalid("placements", "placements name more than " + MoveTicketRequest.MAX_AGENTS //$NON-NLS-1$ //$NON-NLS-2$
                        + " agents"); //$NON-NLS-1$
            }
        }
        return body.placements();
    }
}
