package io.bulwark.server.internal.moves;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Jdbc;
import io.bulwark.server.internal.storage.Restorable;

/**
 * The target's side of an agent's arrival. {@code POST /agent/v1/arrivals} admits an agent named in a valid ticket and
 * answers a receipt signed with this server's certificate key; the agent's record is <em>provisional</em>: kept with
 * the ticket, not in the agent table, so it is neither listed nor counted and gets no commands. The agent's first
 * heartbeat here makes it one of this server's agents (ticket state {@code arrived}); a provisional record that sees no
 * heartbeat lapses with the ticket. Which agents are provisional is also kept in memory, so a heartbeat of an unknown
 * agent costs one map lookup. The ticket's entry keeps the receipt unsigned, and it is signed each time it is answered,
 * after the commit, so that the arrivals that shared a commit share a signature too.
 */
final class ArrivalDesk implements Restorable {

    private static final int LOCKS = 64;

    private final MoveContext context;
    private final TicketStore store;
    private final ReceiptSigner signer;
    private final Map<UUID, UUID> provisional = new ConcurrentHashMap<>();
    private final Object[] locks = new Object[LOCKS];

    /**
     * @param context
     *            the server's parts
     * @param store
     *            the tickets
     * @param signer
     *            signs receipts, or {@code null} when the server serves plain HTTP and has no certificate
     * @throws SQLException
     *             if the provisional records cannot be read
     */
    ArrivalDesk(MoveContext context, TicketStore store, ReceiptSigner signer) throws SQLException {
        this.context = context;
        this.store = store;
        this.signer = signer;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new Object();
        }
        reload();
    }

    void register(RouteTable routes) {
        routes.add("POST", ApiPaths.AGENT_ARRIVALS, Access.AGENT, this::arrive); //$NON-NLS-1$
    }

    /**
     * Reads the provisional records again, after a restore. It forgets only what it knew before it read them: an
     * arrival that commits meanwhile, and is put here after its commit, is not in what was read, and stays.
     */
    @Override
    public void reload() throws SQLException {
        Map<UUID, UUID> known = Map.copyOf(provisional);
        Map<UUID, UUID> read;
        try (Connection connection = context.database().connection()) {
            read = store.provisional(connection);
        }
        known.forEach((agentId, ticketId) -> {
            if (!ticketId.equals(read.get(agentId))) {
                provisional.remove(agentId, ticketId);
            }
        });
        provisional.putAll(read);
    }

    /**
     * @param agentId
     *            an agent whose provisional record lapsed
     * @param ticketId
     *            the ticket of that record; a record of the agent in another ticket stays
     */
    void lapsed(UUID agentId, UUID ticketId) {
        provisional.remove(agentId, ticketId);
    }

    /**
     * An arrival stored.
     *
     * @param domainId
     *            the agent's domain here, {@code null} for the root
     * @param receipt
     *            its receipt
     * @param provisional
     *            whether its record here is provisional under this ticket, since now or still
     */
    private record Admission(Long domainId, MoveReceipt receipt, boolean provisional) {
    }

    private ApiReply arrive(ApiRequest request) throws Exception {
        Arrival body = request.body(Arrival.class);
        if (body.registration() == null) {
            throw ApiException.invalid("registration", "registration is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        context.agents().check(body.registration());
        if (body.sourceServerId() == null) {
            throw ApiException.invalid("sourceServerId", "sourceServerId is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (signer == null) {
            throw refused("This server serves plain HTTP and has no certificate to sign receipts with"); //$NON-NLS-1$
        }
        UUID ticketId = TicketTokens.ticketId(body.ticket())
                .orElseThrow(() -> refused("The ticket is not a ticket of this server")); //$NON-NLS-1$
        UUID agentId = body.registration().agentId();
        Instant now = context.clock().instant();
        // Signed after the shared transaction, which stores the receipt unsigned: the arrivals whose steps shared a
        // commit all ask for their signatures at once, and share one (ReceiptSigner).
        Admission admission = context.database().inSharedTransaction(connection -> {
            TicketStore.Ticket current = admitting(connection, body, ticketId, now);
            return admit(connection, current, named(connection, ticketId, agentId), body.registration(), now);
        });
        MoveReceipt receipt = signer.signed(admission.receipt());
        if (admission.provisional()) {
            provisional.put(agentId, ticketId);
        }
        Object settings;
        try (Connection connection = context.database().connection()) {
            settings = context.settings().effectiveFor(connection, agentId, admission.domainId());
        }
        return ApiReply.ok(new Arrived(new Registered(agentId, admission.domainId(), context.serverId(), settings),
                receipt));
    }

    /** @return the ticket an arrival presents, if it admits agents now */
    private TicketStore.Ticket admitting(Connection connection, Arrival body, UUID ticketId, Instant now)
            throws SQLException, ApiException {
        TicketStore.Ticket ticket = store.find(connection, ticketId)
                .orElseThrow(() -> refused("This server issued no ticket " + ticketId)); //$NON-NLS-1$
        if (!TicketTokens.matches(body.ticket(), ticket.tokenHash())) {
            throw refused("The ticket's secret is wrong; present the token the ticket was issued with"); //$NON-NLS-1$
        }
        if (ticket.revoked()) {
            throw refused("Ticket " + ticketId + " was revoked"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!now.isBefore(ticket.deadline())) {
            throw refused("Ticket " + ticketId + " lapsed at its deadline " + ticket.deadline()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!ticket.sourceServerId().equals(body.sourceServerId())) {
            throw refused("Ticket " + ticketId + " admits agents from server " + ticket.sourceServerId() //$NON-NLS-1$ //$NON-NLS-2$
                    + ", not from " + body.sourceServerId()); //$NON-NLS-1$
        }
        return ticket;
    }

    private TicketStore.Entry named(Connection connection, UUID ticketId, UUID agentId)
            throws SQLException, ApiException {
        return store.entry(connection, ticketId, agentId)
                .orElseThrow(() -> refused("Ticket " + ticketId + " does not name agent " + agentId)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Stores an agent's arrival, once: a repeat finds the receipt stored the first time. The receipt is stored and
     * returned unsigned; the caller signs it after the commit ({@link ReceiptSigner#signed}).
     */
    private Admission admit(Connection connection, TicketStore.Ticket ticket, TicketStore.Entry entry,
            Registration registration, Instant now) throws Exception {
        UUID agentId = entry.agentId();
        Long domainId = existingDomain(connection,
                store.placement(connection, ticket.id(), agentId).orElse(ticket.domainId()));
        switch (entry.state()) {
            case TicketAgent.LAPSED -> throw refused("Agent " + agentId + " did not arrive before ticket " //$NON-NLS-1$ //$NON-NLS-2$
                    + ticket.id() + " lapsed or was revoked, or before its source rolled it back"); //$NON-NLS-1$
            case TicketAgent.PROVISIONAL, TicketAgent.ARRIVED -> {
                MoveReceipt receipt = context.json().read(entry.receipt().getBytes(StandardCharsets.UTF_8),
                        MoveReceipt.class);
                Long current = context.agents().find(connection, agentId).map(AgentSummary::domainId)
                        .orElse(domainId);
                // A repeat while provisional names this ticket again, should the agent's record in another have gone.
                return new Admission(current, receipt, TicketAgent.PROVISIONAL.equals(entry.state()));
            }
            default -> {
                MoveReceipt receipt = ReceiptSigner.unsigned(agentId, ticket.sourceServerId(), context.serverId(),
                        ticket.id(), now);
                Optional<AgentSummary> owned = context.agents().find(connection, agentId);
                String state = owned.isPresent() ? TicketAgent.ARRIVED : TicketAgent.PROVISIONAL;
                String stored = owned.isPresent() ? null : text(registration);
                if (!store.update(connection,
                        new TicketStore.Entry(ticket.id(), agentId, state, stored, text(receipt)),
                        TicketAgent.EXPECTED, now)) {
                    TicketStore.Entry changed = store.entry(connection, ticket.id(), agentId).orElseThrow();
                    return admit(connection, ticket, changed, registration, now);
                }
                Long placed = owned.map(AgentSummary::domainId).orElse(domainId);
                return new Admission(placed, receipt, owned.isEmpty());
            }
        }
    }

    /**
     * A heartbeat of an agent this server does not own: if it has a provisional record, it becomes an agent here.
     *
     * @param agentId
     *            the agent
     * @return whether this server owns it now
     * @throws Exception
     *             if its record cannot be stored
     */
    boolean arriving(UUID agentId) throws Exception {
        UUID ticketId = provisional.get(agentId);
        if (ticketId == null) {
            return false;
        }
        synchronized (locks[Math.floorMod(agentId.hashCode(), LOCKS)]) {
            if (context.agents().owns(agentId)) {
                return true;
            }
            Instant now = context.clock().instant();
            Registration[] registration = new Registration[1];
            Optional<AgentSummary> admitted = context.database().inSharedTransaction(connection -> {
                Optional<TicketStore.Entry> entry = store.entry(connection, ticketId, agentId)
                        .filter(found -> TicketAgent.PROVISIONAL.equals(found.state()));
                // Even under a revoked ticket: the agent holds a receipt, which its source may have accepted.
                Optional<TicketStore.Ticket> ticket = store.find(connection, ticketId);
                if (entry.isEmpty() || ticket.isEmpty()) {
                    return Optional.<AgentSummary>empty();
                }
                registration[0] = context.json().read(entry.get().registration().getBytes(StandardCharsets.UTF_8),
                        Registration.class);
                Long domainId = existingDomain(connection,
                        store.placement(connection, ticketId, agentId).orElse(ticket.get().domainId()));
                AgentSummary agent = context.agents().admit(connection, registration[0], domainId, now);
                Jdbc.update(connection, "DELETE FROM agent_departure WHERE agent_id = ?", agentId); //$NON-NLS-1$
                // The registration stays: a restore of a backup older than this arrival admits the agent again.
                store.update(connection, new TicketStore.Entry(ticketId, agentId, TicketAgent.ARRIVED,
                        entry.get().registration(), entry.get().receipt()), now);
                return Optional.of(agent);
            });
            provisional.remove(agentId, ticketId);
            if (admitted.isEmpty()) {
                return false;
            }
            context.agents().admitCommitted(admitted.get(), registration[0], now);
            context.feed().publish("move-ticket.changed", ticketId.toString(), null); //$NON-NLS-1$
            return true;
        }
    }

    private Long existingDomain(Connection connection, Long domainId) throws SQLException {
        return domainId == null || context.domains().find(connection, domainId.longValue()).isEmpty()
                ? null
                : domainId;
    }

    private String text(Object value) {
        return new String(context.json().write(value), StandardCharsets.UTF_8);
    }

    private static ApiException refused(String message) {
        return new ApiException(403, ErrorCodes.TICKET_REFUSED, message);
    }
}
