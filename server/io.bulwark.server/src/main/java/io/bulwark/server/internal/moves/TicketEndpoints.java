package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * {@code /api/v1/move-tickets} on the target server: issue a ticket ({@code POST}), read it and revoke it ({@code GET},
 * {@code DELETE} on {@code /move-tickets/{id}}), place some of its agents in other domains ({@link TicketPlacing}), for
 * root and administrators (a ticket into a domain needs that domain in the administrator's scope, one into the root
 * needs root).
 * <p>
 * Issuing runs its own transaction instead of the shared change runner, because the answer carries the ticket's secret
 * token, which must not be kept in the stored answers of idempotent requests: a repeated request with the same
 * {@code Idempotency-Key} is recognised on the ticket itself and answered with the token derived again (see
 * {@link TicketTokens}). It is audited like every change.
 */
final class TicketEndpoints {

    private static final String ONE = ApiPaths.MOVE_TICKETS + "/{id}"; //$NON-NLS-1$
    private static final int MAX_KEY_LENGTH = 128;

    private final Database database;
    private final TicketStore store;
    private final TicketTokens tokens;
    private final DomainStore domains;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final WireJson json;
    private final UUID serverId;
    private final Clock clock;
    private final TicketPlacing placing;

    TicketEndpoints(Database database, TicketStore store, TicketTokens tokens, MoveContext context) {
        this.database = database;
        this.store = store;
        this.tokens = tokens;
        this.domains = context.domains();
        this.audit = context.audit();
        this.feed = context.feed();
        this.json = context.json();
        this.serverId = context.serverId();
        this.clock = context.clock();
        this.placing = new TicketPlacing(store, context);
    }

    void register(RouteTable routes) {
        routes.add("POST", ApiPaths.MOVE_TICKETS, Access.SESSION, this::issue) //$NON-NLS-1$
                .add("GET", ONE, Access.SESSION, this::read) //$NON-NLS-1$
                .add("DELETE", ONE, Access.SESSION, this::revoke); //$NON-NLS-1$
        placing.register(routes);
    }

    private ApiReply issue(ApiRequest request) throws Exception {
        Caller caller = request.caller();
        caller.requireWriter();
        MoveTicketRequest body = request.body(MoveTicketRequest.class);
        Optional<String> key = idempotencyKey(request);
        String requestHash = MoveInput.requestHash(json, body);
        if (key.isPresent()) {
            Optional<ApiReply> replay = replay(caller.user(), key.get(), requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = clock.instant();
        check(body, now);
        UUID ticketId = UUID.randomUUID();
        String token = tokens.token(ticketId);
        TicketStore.Ticket ticket = new TicketStore.Ticket(ticketId, TicketTokens.hash(token), body.sourceServerId(),
                body.domainId(), body.deadline(), false, now, caller.user(), key.orElse(null), requestHash);
        MoveTicket issued = wire(ticket, token, body.agentIds().size());
        try {
            database.inTransaction(connection -> {
                if (body.domainId() != null && domains.find(connection, body.domainId().longValue()).isEmpty()) {
                    throw ApiException.invalid("domainId", "There is no domain " + body.domainId()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                caller.requireDomain(body.domainId(), domains);
                store.insert(connection, ticket, body.agentIds());
                audit.record(connection, caller.user(), request.remoteAddress(), "move-ticket.issue", //$NON-NLS-1$
                        "ticket " + ticketId, null, Map.of("sourceServerId", body.sourceServerId(), "domainId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                String.valueOf(body.domainId()), "deadline", body.deadline(), "agentIds", //$NON-NLS-1$ //$NON-NLS-2$
                                MoveInput.audited(body.agentIds())));
                return null;
            });
        } catch (SQLException e) {
            if (key.isPresent()) {
                Optional<ApiReply> replay = replay(caller.user(), key.get(), requestHash);
                if (replay.isPresent()) {
                    return replay.get(); // the same request raced and stored its ticket first
                }
            }
            throw e;
        }
        feed.publish("move-ticket.issued", ticketId.toString(), wire(ticket, null, body.agentIds().size())); //$NON-NLS-1$
        return new ApiReply(201, issued, Map.of());
    }

    private void check(MoveTicketRequest body, Instant now) throws ApiException {
        if (body.sourceServerId() == null) {
            throw ApiException.invalid("sourceServerId", "sourceServerId is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (body.sourceServerId().equals(serverId)) {
            throw ApiException.invalid("sourceServerId", //$NON-NLS-1$
                    "sourceServerId is this server; agents move between two different servers"); //$NON-NLS-1$
        }
        MoveInput.agentIds(body.agentIds());
        MoveInput.deadline(body.deadline(), now);
    }

    private Optional<ApiReply> replay(String user, String key, String requestHash) throws Exception {
        Optional<TicketStore.Ticket> earlier;
        int count;
        try (Connection connection = database.connection()) {
            earlier = store.findByKey(connection, user, key);
            count = earlier.isEmpty() ? 0 : store.agents(connection, earlier.get().id()).size();
        }
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash().equals(requestHash)) {
            throw new ApiException(422, ApiError.of(ErrorCodes.IDEMPOTENCY_KEY_REUSED, "The " //$NON-NLS-1$
                    + ApiHeaders.IDEMPOTENCY_KEY + " \"" + key //$NON-NLS-1$
                    + "\" was already used for a different ticket; use a new key for a new ticket"), Map.of()); //$NON-NLS-1$
        }
        TicketStore.Ticket ticket = earlier.get();
        return Optional.of(new ApiReply(201, wire(ticket, tokens.token(ticket.id()), count),
                Map.of(ApiHeaders.IDEMPOTENT_REPLAY, "true"))); //$NON-NLS-1$
    }

    private static Optional<String> idempotencyKey(ApiRequest request) throws ApiException {
        Optional<String> key = request.header(ApiHeaders.IDEMPOTENCY_KEY);
        if (key.isPresent()) {
            String value = key.get();
            if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.chars().allMatch(c -> c > 32 && c < 127)) {
                throw ApiException.invalid(ApiHeaders.IDEMPOTENCY_KEY, ApiHeaders.IDEMPOTENCY_KEY
                        + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return key;
    }

    private ApiReply read(ApiRequest request) throws Exception {
        UUID id = ticketId(request);
        try (Connection connection = database.connection()) {
            TicketStore.Ticket ticket = store.find(connection, id).orElseThrow(() -> missing(id));
            return ApiReply.ok(status(ticket, store.agents(connection, id)));
        }
    }

    private ApiReply revoke(ApiRequest request) throws Exception {
        UUID id = ticketId(request);
        Caller caller = request.caller();
        caller.requireWriter();
        Instant now = clock.instant();
        MoveTicketStatus revoked = database.inTransaction(connection -> {
            TicketStore.Ticket ticket = store.find(connection, id).orElseThrow(() -> missing(id));
            caller.requireDomain(ticket.domainId(), domains);
            MoveTicketStatus before = status(ticket, store.agents(connection, id));
            if (ticket.revoked()) {
                return before;
            }
            store.revoke(connection, id, now);
            MoveTicketStatus after = status(store.find(connection, id).orElseThrow(), store.agents(connection, id));
            audit.record(connection, caller.user(), request.remoteAddress(), "move-ticket.revoke", "ticket " + id, //$NON-NLS-1$ //$NON-NLS-2$
                    before.counts(), after.counts());
            return after;
        });
        feed.publish("move-ticket.revoked", id.toString(), null); //$NON-NLS-1$
        return ApiReply.ok(revoked);
    }

    static UUID ticketId(ApiRequest request) throws ApiException {
        String text = request.pathParameter("id"); //$NON-NLS-1$
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no move ticket " + text); //$NON-NLS-1$
        }
    }

    static ApiException missing(UUID id) {
        return ApiException.notFound("There is no move ticket " + id); //$NON-NLS-1$
    }

    /** @return the ticket as answered; its source token goes wherever its {@code token} goes, and nowhere else */
    private MoveTicket wire(TicketStore.Ticket ticket, String token, int agentCount) {
        return new MoveTicket(ticket.id(), token, token == null ? null : tokens.sourceToken(ticket.id()),
                ticket.sourceServerId(), serverId, ticket.domainId(), ticket.deadline(), agentCount);
    }

    static MoveTicketStatus status(TicketStore.Ticket ticket, List<TicketAgent> agents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String state : List.of(TicketAgent.EXPECTED, TicketAgent.PROVISIONAL, TicketAgent.ARRIVED,
                TicketAgent.LAPSED)) {
            counts.put(state, Integer.valueOf(0));
        }
        agents.forEach(agent -> counts.merge(agent.state(), Integer.valueOf(1), Integer::sum));
        return new MoveTicketStatus(ticket.id(), ticket.sourceServerId(), ticket.domainId(), ticket.deadline(),
                ticket.revoked(), counts, agents);
    }
}
