package io.bulwark.fleet.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.Relocate;

/**
 * One agent relocating to another server on a {@code relocate} command (DESIGN §5): each step is written to the state
 * folder before the agent acts on it, so a fleet killed at any moment resumes the step it was at.
 * <ol>
 * <li>Accept the command; register with the target presenting the ticket ({@code POST /agent/v1/arrivals}, over a
 * connection pinned to the target's fingerprint).</li>
 * <li>Keep the target's receipt; hand it to the source ({@code POST /agent/v1/departures}).</li>
 * <li>Once the source took it (answered 200, which it answers again to a repeat), the target is the agent's home: it
 * heartbeats there from then on.</li>
 * </ol>
 * A refusal (the target refuses the ticket, the source the receipt) fails the relocation: the agent reports the failed
 * command to its source and stays. Network failures and server errors are retried with growing delays until the move's
 * deadline, after which the agent gives up and stays.
 */
final class AgentRelocation {

    // Short against the source's relocate timeout (10 intervals), so a server back after a restart sees a retry in time.
    private static final int MAX_BACKOFF_INTERVALS = 4;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final SimulatedAgent agent;
    private final Fleet fleet;
    private final SplittableRandom jitter;
    private volatile PendingRelocation pending;
    private volatile long nextAttempt = System.nanoTime();
    private volatile UUID givenUp;
    private int attempts;

    /**
     * @param agent
     *            the agent
     * @param fleet
     *            its fleet
     * @param resumed
     *            the relocation the state folder holds for it, or {@code null}
     */
    AgentRelocation(SimulatedAgent agent, Fleet fleet, PendingRelocation resumed) {
        this.agent = agent;
        this.fleet = fleet;
        this.jitter = new SplittableRandom(agent.seed() ^ 0x9E3779B97F4A7C15L);
        this.pending = resumed;
    }

    /** @return whether a relocation is under way (including reporting its failure) */
    boolean pending() {
        return pending != null;
    }

    /**
     * @return whether the next step is due now. With the receipt in hand the departure is due on every tick: it costs
     *         what a heartbeat costs, and a heartbeat to the source instead would only run down the source's relocate
     *         timeout, after which it rolls the agent back.
     */
    boolean due() {
        PendingRelocation current = pending;
        return current != null && (current.receipt() != null && current.failure() == null
                || System.nanoTime() - nextAttempt >= 0);
    }

    /** Makes the next step due at once, e.g. when the source says it no longer knows the agent. */
    void hurry() {
        nextAttempt = System.nanoTime();
    }

    /**
     * A {@code relocate} command arrived on a heartbeat.
     *
     * @param command
     *            the command
     * @return completes once the agent relocated, failed, or will retry later
     */
    CompletableFuture<Void> accept(AgentCommand command) {
        Relocate relocate = command.relocate();
        PendingRelocation current = pending;
        if (current != null || relocate != null && Objects.equals(relocate.moveId(), givenUp)) {
            if (current != null && relocate != null
                    && !Objects.equals(relocate.moveId(), current.relocate().moveId())) {
                agent.queueResult(failure(command.id(), "This agent is relocating for move " //$NON-NLS-1$
                        + current.relocate().moveId() + " already")); //$NON-NLS-1$
            }
            return done(); // handed again while relocating, or after giving up: nothing new to do
        }
        String invalid = invalid(relocate);
        if (invalid != null) {
            agent.queueResult(failure(command.id(), invalid));
            return done();
        }
        PendingRelocation accepted = PendingRelocation.accepted(command.id(), relocate);
        return persist(accepted, null).thenCompose(written -> {
            pending = accepted;
            attempts = 0;
            return advance();
        });
    }

    /** @return completes once the pending step is done, failed, or will be retried later */
    CompletableFuture<Void> advance() {
        PendingRelocation current = pending;
        if (current == null) {
            return done();
        }
        if (current.failure() != null) {
            return reportFailure(current);
        }
        // With the target's receipt the agent may be gone from the source already (its answer lost, or the fleet
        // killed before it recorded the new home): only the source can tell, so the receipt goes to it however late.
        if (current.receipt() == null && Instant.now().isAfter(current.relocate().deadline())) {
            return fail(current, "The move's deadline " + current.relocate().deadline() //$NON-NLS-1$
                    + " passed before the agent could relocate; it stays"); //$NON-NLS-1$
        }
        return current.receipt() == null ? arrive(current) : depart(current);
    }

    private CompletableFuture<Void> arrive(PendingRelocation current) {
        HomeServer target = target(current.relocate(), null);
        AgentClient client = fleet.clients().of(target);
        Arrival arrival = new Arrival(agent.registration(), current.relocate().ticket(), agent.home().serverId());
        return client.post(ApiPaths.AGENT_ARRIVALS, arrival, false).handle((reply, failure) -> {
            if (failure != null || retryable(reply)) {
                return retry(client, "arrival of " + agent.hostName() + " at " + target.url(), reply, failure); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!reply.ok()) {
                ApiError error = client.error(reply);
                return fail(current, "The target " + target.url() + " refused the arrival: HTTP " + reply.status() //$NON-NLS-1$ //$NON-NLS-2$
                        + " " + error.error() + ": " + error.message()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Arrived arrived = client.read(reply, Arrived.class);
            String wrong = wrongReceipt(arrived.receipt(), current.relocate(), target);
            if (wrong != null) {
                return fail(current, "The target's receipt does not hold: " + wrong); //$NON-NLS-1$
            }
            if (arrived.registered() != null && arrived.registered().settings() != null) {
                agent.applySettings(arrived.registered().settings());
            }
            PendingRelocation withReceipt = current.withReceipt(arrived.receipt());
            return persist(withReceipt, null).thenCompose(written -> {
                pending = withReceipt;
                attempts = 0;
                return depart(withReceipt);
            });
        }).thenCompose(next -> next);
    }

    /**
     * Checks that the target answered the receipt this agent needs: its own, from its home to the move's target, with
     * the target's certificate. The receipt came over a connection pinned to that certificate, so the agent does not
     * verify its signature again: the source verifies it, and lets the agent go only on a receipt it verified.
     *
     * @return what is wrong with it, or {@code null} if nothing
     */
    private String wrongReceipt(MoveReceipt receipt, Relocate relocate, HomeServer target) {
        if (receipt == null || receipt.agentId() == null || receipt.sourceServerId() == null
                || receipt.targetServerId() == null || receipt.ticketId() == null || receipt.issuedAt() == null
                || receipt.certificate() == null || receipt.signature() == null) {
            return "it lacks a member"; //$NON-NLS-1$
        }
        if (!receipt.agentId().equals(agent.guid())) {
            return "it is agent " + receipt.agentId() + "'s"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!receipt.sourceServerId().equals(agent.home().serverId())
                || !receipt.targetServerId().equals(relocate.target().serverId())) {
            return "it is for a move from server " + receipt.sourceServerId() + " to server " //$NON-NLS-1$ //$NON-NLS-2$
                    + receipt.targetServerId();
        }
        Optional<CertificateFingerprint> signer = fleet.receiptCertificates().fingerprint(receipt.certificate());
        if (signer.isEmpty() || !signer.get().equals(target.pinnedFingerprint())) {
            return "it carries certificate " + signer.map(String::valueOf).orElse("(unreadable)") //$NON-NLS-1$ //$NON-NLS-2$
                    + ", not the target's " + target.fingerprint(); //$NON-NLS-1$
        }
        return null;
    }

    private CompletableFuture<Void> depart(PendingRelocation current) {
        AgentClient source = agent.client();
        return source.post(ApiPaths.AGENT_DEPARTURES, current.receipt(), false).handle((reply, failure) -> {
            if (failure != null || retryable(reply)) {
                return retry(source, "departure of " + agent.hostName() + " from " + source.server(), reply, //$NON-NLS-1$ //$NON-NLS-2$
                        failure);
            }
            if (reply.ok()) { // definitive; a repeat after a lost answer is answered 200 again
                return moved(current, source);
            }
            ApiError error = source.error(reply);
            return fail(current, "The source refused the receipt: HTTP " + reply.status() + " " + error.error() //$NON-NLS-1$ //$NON-NLS-2$
                    + ": " + error.message()); //$NON-NLS-1$
        }).thenCompose(next -> next);
    }

    private CompletableFuture<Void> moved(PendingRelocation current, AgentClient source) {
        HomeServer home = target(current.relocate(), Instant.now().toString());
        return persist(null, home).thenAccept(written -> {
            pending = null;
            source.stats().departures.increment();
            agent.movedTo(home);
        });
    }

    private CompletableFuture<Void> fail(PendingRelocation current, String reason) {
        PendingRelocation failed = current.failed(reason);
        return persist(failed, null).thenCompose(written -> {
            pending = failed;
            attempts = 0;
            agent.client().stats().relocationsFailed.increment();
            return reportFailure(failed);
        });
    }

    private CompletableFuture<Void> reportFailure(PendingRelocation failed) {
        AgentClient source = agent.client();
        CommandResult result = failure(failed.commandId(), failed.failure());
        return source.post(ApiPaths.AGENT_RESULTS, result, false).handle((reply, failure) -> {
            if (failure != null || retryable(reply)) {
                return retry(source, "result of relocating " + agent.hostName(), reply, failure); //$NON-NLS-1$
            }
            return persist(null, null).thenAccept(written -> {
                pending = null;
                givenUp = failed.relocate().moveId();
            });
        }).thenCompose(next -> next);
    }

    private CompletableFuture<Void> retry(AgentClient client, String what, AgentClient.Reply reply,
            Throwable failure) {
        attempts++;
        long interval = fleet.intervalMillis();
        long cap = Math.max(interval, Math.min(MAX_BACKOFF_MILLIS, interval * MAX_BACKOFF_INTERVALS));
        long delay = Math.min(cap, interval << Math.min(attempts - 1, 20));
        delay = delay / 2 + jitter.nextLong(delay / 2 + 1);
        nextAttempt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
        client.stats().failed(what + ": " + (failure != null //$NON-NLS-1$
                ? SimulatedAgent.describe(failure)
                : "HTTP " + reply.status() + " " + client.error(reply).error()) + " (attempt " + attempts //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", next in " + delay + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$
        return done();
    }

    private CompletableFuture<Void> persist(PendingRelocation relocation, HomeServer home) {
        return fleet.writer().record(new RelocationRecord(agent.guid(), relocation, home));
    }

    private CommandResult failure(long commandId, String message) {
        return new CommandResult(agent.guid(), commandId, false, message, null, null);
    }

    private static boolean retryable(AgentClient.Reply reply) {
        return reply.status() >= 500 || reply.status() == 408 || reply.status() == 429;
    }

    /**
     * @param relocate
     *            a command's parameters
     * @param since
     *            when the agent arrived, or {@code null}
     * @return the target as a home server
     */
    static HomeServer target(Relocate relocate, String since) {
        MoveTarget target = relocate.target();
        try {
            URI url = new URI("https", null, target.host(), target.port(), null, null, null); //$NON-NLS-1$
            return new HomeServer(url.toString(), target.serverId(), since,
                    CertificateFingerprint.parse(target.fingerprint()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a host: " + target.host(), e); //$NON-NLS-1$
        }
    }

    /** @return why the command cannot be carried out, or {@code null} if it can */
    private static String invalid(Relocate relocate) {
        if (relocate == null || relocate.target() == null || relocate.moveId() == null
                || relocate.deadline() == null || relocate.ticket() == null || relocate.ticket().isBlank()) {
            return "The relocate command lacks its move, target, ticket or deadline"; //$NON-NLS-1$
        }
        MoveTarget target = relocate.target();
        if (target.serverId() == null || target.host() == null || target.host().isBlank() || target.port() < 1
                || target.port() > 65_535 || target.fingerprint() == null) {
            return "The relocate command names no complete target (server id, host, port 1 to 65535, fingerprint)"; //$NON-NLS-1$
        }
        try {
            target(relocate, null);
        } catch (IllegalArgumentException e) {
            return "The relocate command's target cannot be reached: " + e.getMessage(); //$NON-NLS-1$
        }
        return null;
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
