package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.protocol.move.ReceiptRefusedException;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code POST /agent/v1/departures} on the source: an agent hands in the target's receipt. Only a receipt that
 * {@link MoveReceipts#verify} accepts against the move's target fingerprint (checked by a {@link ReceiptVerifier}),
 * naming this agent, this server, the move's target and its ticket, makes this server forget the agent: the agent, its
 * commands and its own policy are deleted, the departure is recorded durably (a restore does not bring the agent back),
 * the item is {@code arrived}. This answer is definitive: the agent switches to the target only on a 200. A repeat
 * after success answers 200 again; a receipt for an item that was rolled back, cancelled or expired answers 409, and
 * the agent stays here.
 */
final class DepartureDesk {

    private final MoveContext context;
    private final MoveStore store;
    private final Relocations relocations;
    private final ReceiptVerifier receipts = new ReceiptVerifier();

    DepartureDesk(MoveContext context, MoveStore store, Relocations relocations) {
        this.context = context;
        this.store = store;
        this.relocations = relocations;
    }

    void register(RouteTable routes) {
        routes.add("POST", ApiPaths.AGENT_DEPARTURES, Access.AGENT, this::depart); //$NON-NLS-1$
    }

    private enum Outcome {
        DEPARTED, ALREADY_DEPARTED, TOO_LATE
    }

    private ApiReply depart(ApiRequest request) throws Exception {
        return ApiReply.ok(depart(request.body(MoveReceipt.class), request.remoteAddress()));
    }

    /**
     * Takes a receipt as the agent's handing it in, whoever brought it: the agent itself, or this server's
     * {@link ArrivalReconciler}, which fetched it from the target because the agent went quiet. Both take this one
     * path, with the same checks, records and events.
     *
     * @param receipt
     *            the target's receipt
     * @param address
     *            where it came from, for the audit log
     * @return the agent's item, {@code arrived}
     * @throws ApiException
     *             403 if the receipt proves nothing, 409 if the agent stays here
     * @throws Exception
     *             if the departure cannot be stored
     */
    MoveItemProgress depart(MoveReceipt receipt, String address) throws Exception {
        return depart(receipt, address, false);
    }

    /**
     * As {@link #depart(MoveReceipt, String)}, for a receipt the target answered for an agent that already heartbeats
     * there: the target owns it, so it departs even after the move's deadline, where a receipt handed in late by the
     * agent itself keeps the agent here.
     *
     * @param receipt
     *            the target's receipt
     * @param address
     *            where it came from, for the audit log
     * @param ownedByTarget
     *            whether the target said the agent heartbeats there
     * @return the agent's item, {@code arrived}
     * @throws ApiException
     *             403 if the receipt proves nothing, 409 if the agent stays here
     * @throws Exception
     *             if the departure cannot be stored
     */
    MoveItemProgress depart(MoveReceipt receipt, String address, boolean ownedByTarget) throws Exception {
        if (receipt.agentId() == null) {
            throw refused("The receipt names no agent"); //$NON-NLS-1$
        }
        UUID agentId = receipt.agentId();
        if (!context.serverId().equals(receipt.sourceServerId())) {
            throw refused("The receipt is for agents leaving server " + receipt.sourceServerId() + ", not this one"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        MoveStore.Item item;
        MoveStore.Job job;
        try (Connection connection = context.database().connection()) {
            Optional<MoveStore.Item> moving = store.unfinishedOf(connection, List.of(agentId)).stream()
                    .filter(found -> MoveItemProgress.MOVING.equals(found.state())).findFirst();
            if (moving.isEmpty()) {
                return notMoving(connection, agentId, receipt);
            }
            item = moving.get();
            job = store.find(connection, item.moveId()).orElseThrow();
        }
        check(receipt, job);
        Instant now = context.clock().instant();
        AfterCommit after = new AfterCommit();
        Outcome outcome = context.database().inSharedTransaction(connection -> {
            after.clear();
            if (!ownedByTarget && !now.isBefore(job.deadline())) {
                // A repeat of a departure that committed meanwhile finds the item arrived, not to be rolled back.
                return relocations.end(connection, item, MoveItemProgress.ROLLED_BACK,
                        "The agent handed in its receipt after the move's deadline", now, after) //$NON-NLS-1$
                                ? Outcome.TOO_LATE
                                : endedMeanwhile(connection, item);
            }
            if (!store.transition(connection, item, MoveItemProgress.MOVING, MoveItemProgress.ARRIVED, null,
                    item.commandId(), now)) {
                return endedMeanwhile(connection, item);
            }
            context.agents().delete(connection, agentId);
            store.recordDeparture(connection, agentId, job.id(), job.target().serverId(), now);
            context.audit().record(connection, "agent " + agentId, address, "agent.depart", //$NON-NLS-1$ //$NON-NLS-2$
                    "agent " + agentId, Map.of("moveId", job.id()), //$NON-NLS-1$ //$NON-NLS-2$
                    Map.of("moveId", job.id(), "targetServerId", job.target().serverId(), "ticketId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            receipt.ticketId()));
            return Outcome.DEPARTED;
        });
        after.run();
        MoveItemProgress progress = new MoveItemProgress(agentId, MoveItemProgress.ARRIVED, null, now);
        return switch (outcome) {
            case DEPARTED -> {
                context.agents().deleteCommitted(agentId, progress);
                context.feed().publish("move.changed", job.id().toString(), null); //$NON-NLS-1$
                yield progress;
            }
            case ALREADY_DEPARTED -> progress;
            case TOO_LATE -> throw stays(agentId, "its move " + job.id() + " ended before the receipt came"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /** @return what became of an item another request ended after this one read it */
    private Outcome endedMeanwhile(Connection connection, MoveStore.Item item) throws SQLException {
        return store.item(connection, item.moveId(), item.agentId())
                .filter(found -> MoveItemProgress.ARRIVED.equals(found.state())).isPresent()
                        ? Outcome.ALREADY_DEPARTED
                        : Outcome.TOO_LATE;
    }

    private void check(MoveReceipt receipt, MoveStore.Job job) throws ApiException {
        try {
            receipts.verify(receipt, CertificateFingerprint.parse(job.target().fingerprint()));
        } catch (ReceiptRefusedException e) {
            throw refused(e.getMessage());
        }
        if (!job.target().serverId().equals(receipt.targetServerId())) {
            throw refused("The receipt is from server " + receipt.targetServerId() + ", not the move's target " //$NON-NLS-1$ //$NON-NLS-2$
                    + job.target().serverId());
        }
        Optional<UUID> ticketId = TicketTokens.ticketId(job.ticket());
        if (ticketId.isPresent() && !ticketId.get().equals(receipt.ticketId())) {
            throw refused("The receipt names ticket " + receipt.ticketId() + ", not the move's ticket " //$NON-NLS-1$ //$NON-NLS-2$
                    + ticketId.get());
        }
    }

    private MoveItemProgress notMoving(Connection connection, UUID agentId, MoveReceipt receipt) throws Exception {
        Optional<MoveStore.Item> latest = store.latestOf(connection, agentId);
        if (latest.isPresent() && MoveItemProgress.ARRIVED.equals(latest.get().state())) {
            MoveStore.Job job = store.find(connection, latest.get().moveId()).orElseThrow();
            check(receipt, job);
            return latest.get().progress();
        }
        if (latest.isPresent()) {
            throw stays(agentId, "its move " + latest.get().moveId() + " is " + latest.get().state() //$NON-NLS-1$ //$NON-NLS-2$
                    + (latest.get().reason() == null ? "" : ": " + latest.get().reason())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw stays(agentId, "it is in no move of this server"); //$NON-NLS-1$
    }

    private static ApiException stays(UUID agentId, String why) {
        return ApiException.conflict("Agent " + agentId + " stays with this server: " + why //$NON-NLS-1$ //$NON-NLS-2$
                + "; keep heartbeating this server"); //$NON-NLS-1$
    }

    private static ApiException refused(String message) {
        return new ApiException(403, ErrorCodes.RECEIPT_REFUSED, message);
    }
}
