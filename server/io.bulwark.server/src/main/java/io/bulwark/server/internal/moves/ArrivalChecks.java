package io.bulwark.server.internal.moves;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.move.ArrivalCheck;
import io.bulwark.protocol.move.ArrivalFinding;
import io.bulwark.protocol.move.ArrivalFindings;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code POST /api/v1/move-tickets/{id}/arrival-checks} on the target: the source of a move asks which of the ticket's
 * agents registered here, and before it rolls agents back it asks with {@code release}, which lets go of every named
 * agent that has not registered, in the same transaction that answers. After a release this server refuses those agents
 * under the ticket (their entry is {@link TicketAgent#LAPSED}), so an agent the source rolled back can no longer arrive
 * here and be owned twice. The caller proves itself with the ticket's source token (never the token agents hold) and
 * must be the ticket's source; nothing changes on a refused check.
 */
final class ArrivalChecks {

    private static final String PATH = ApiPaths.MOVE_TICKETS + "/{id}" + ApiPaths.ARRIVAL_CHECKS; //$NON-NLS-1$

    private final TicketStore store;
    private final TicketTokens tokens;
    private final MoveContext context;
    private final ReceiptSigner signer;

    /**
     * @param signer
     *            signs the receipts stored unsigned; {@code null} on a server without a certificate, which admits no
     *            arrivals and so stores no receipts
     */
    ArrivalChecks(TicketStore store, TicketTokens tokens, MoveContext context, ReceiptSigner signer) {
        this.store = store;
        this.tokens = tokens;
        this.context = context;
        this.signer = signer;
    }

    void register(RouteTable routes) {
        routes.add("POST", PATH, Access.PUBLIC, this::check); //$NON-NLS-1$
    }

    private ApiReply check(ApiRequest request) throws Exception {
        UUID id = TicketEndpoints.ticketId(request);
        ArrivalCheck body = checked(request.body(ArrivalCheck.class));
        if (!tokens.isSourceToken(body.sourceToken(), id)) {
            throw refused("The token is not the source token of ticket " + id //$NON-NLS-1$
                    + "; only the move's source may ask about its agents"); //$NON-NLS-1$
        }
        Instant now = context.clock().instant();
        int[] released = new int[1];
        List<ArrivalFinding> findings = context.database().inTransaction(connection -> {
            TicketStore.Ticket ticket = store.find(connection, id)
                    .orElseThrow(() -> refused("This server issued no ticket " + id)); //$NON-NLS-1$
            if (!ticket.sourceServerId().equals(body.sourceServerId())) {
                throw refused("Ticket " + id + " admits agents from server " + ticket.sourceServerId() //$NON-NLS-1$ //$NON-NLS-2$
                        + ", not from " + body.sourceServerId()); //$NON-NLS-1$
            }
            released[0] = body.release() ? store.release(connection, id, body.agentIds(), now) : 0;
            Map<UUID, TicketStore.Entry> entries = store.entries(connection, id, body.agentIds());
            if (released[0] > 0) {
                context.audit().record(connection, "server " + body.sourceServerId(), request.remoteAddress(), //$NON-NLS-1$
                        "move-ticket.release", "ticket " + id, null, Map.of("released", Integer.valueOf(released[0]))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            List<ArrivalFinding> found = new ArrayList<>(body.agentIds().size());
            for (UUID agentId : body.agentIds()) {
                found.add(finding(agentId, entries.get(agentId)));
            }
            return found;
        });
        if (released[0] > 0) {
            context.feed().publish("move-ticket.changed", id.toString(), null); //$NON-NLS-1$
        }
        return ApiReply.ok(new ArrivalFindings(id, signed(findings)));
    }

    private ArrivalFinding finding(UUID agentId, TicketStore.Entry entry) {
        if (entry == null) {
            return new ArrivalFinding(agentId, ArrivalFinding.NOT_NAMED, null);
        }
        boolean registered = TicketAgent.PROVISIONAL.equals(entry.state())
                || TicketAgent.ARRIVED.equals(entry.state());
        MoveReceipt receipt = registered && entry.receipt() != null
                ? context.json().read(entry.receipt().getBytes(StandardCharsets.UTF_8), MoveReceipt.class)
                : null;
        return new ArrivalFinding(agentId, entry.state(), receipt);
    }

    /** @return the findings with their receipts signed, all with one signature */
    private List<ArrivalFinding> signed(List<ArrivalFinding> findings) throws GeneralSecurityException {
        List<MoveReceipt> stored = findings.stream().map(ArrivalFinding::receipt).filter(Objects::nonNull).toList();
        if (stored.isEmpty() || signer == null) {
            return findings;
        }
        Iterator<MoveReceipt> signed = signer.signedAll(stored).iterator();
        return findings.stream().map(finding -> finding.receipt() == null
                ? finding
                : new ArrivalFinding(finding.agentId(), finding.state(), signed.next())).toList();
    }

    private static ArrivalCheck checked(ArrivalCheck body) throws ApiException {
        if (body.sourceServerId() == null) {
            throw ApiException.invalid("sourceServerId", "sourceServerId is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (body.sourceToken() == null || body.sourceToken().isBlank()) {
            throw ApiException.invalid("sourceToken", "sourceToken is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (body.agentIds() == null || body.agentIds().isEmpty()) {
            throw ApiException.invalid("agentIds", "agentIds must name at least one agent"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (body.agentIds().size() > ArrivalCheck.MAX_AGENTS) {
            throw ApiException.invalid("agentIds", "agentIds names more than " + ArrivalCheck.MAX_AGENTS //$NON-NLS-1$ //$NON-NLS-2$
                    + " agents; ask in several checks"); //$NON-NLS-1$
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < body.agentIds().size(); i++) {
            UUID agentId = body.agentIds().get(i);
            if (agentId == null || !seen.add(agentId)) {
                throw ApiException.invalid("agentIds[" + i + "]", agentId == null //$NON-NLS-1$ //$NON-NLS-2$
                        ? "agentIds holds a null agent id" //$NON-NLS-1$
                        : "Agent " + agentId + " is named more than once"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return body;
    }

    private static ApiException refused(String message) {
        return new ApiException(403, ErrorCodes.TICKET_REFUSED, message);
    }
}
