package io.bulwark.server.internal.moves;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.move.ArrivalCheck;
import io.bulwark.protocol.move.ArrivalFinding;
import io.bulwark.protocol.move.ArrivalFindings;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.http.ApiException;

/**
 * The source's side of reconciliation, on its own background thread: for moving agents whose relocate command was
 * handed out and that did not hand in a receipt, it asks the move's target which of them registered there
 * ({@link ArrivalCheckClient}), batched per move, and records the departure of each one the target answers a receipt
 * for (as below), through the {@link DepartureDesk} exactly as if the agent had handed the receipt in.
 * <ul>
 * <li>An agent that has not heartbeated here for {@value #QUIET_INTERVALS} of its heartbeat intervals is
 * <em>quiet</em>: its departure call may have been lost, or it vanished after registering at the target. The target is
 * asked about it, no more often than once per relocate timeout floor per move; it departs once the target owns it (it
 * heartbeated there). A target that does not know it, or holds it only provisionally, changes nothing: the agent may
 * still be on its way, or come back with its receipt.</li>
 * <li>An agent that kept heartbeating here past its relocate timeout ({@link MoveSweeper#TIMEOUT_INTERVALS} intervals,
 * at least the floor), and every agent handed its relocate whose move's deadline has come, is rolled back only after
 * the target answered a check with {@code release}: the target then refuses that agent under the ticket for good, or
 * answers the receipt of an agent that heartbeats there, which departs instead, even past the deadline. One the target
 * holds provisionally is asked about again until it heartbeats there or its provisional record lapses.</li>
 * <li>While the target cannot be reached, nothing is decided: every sweep asks again. The agent may live on the target,
 * so it is neither rolled back nor recorded as departed on the target's silence, not even at the deadline; it stays
 * listed here, moving, until the target answers.</li>
 * </ul>
 * Every step is idempotent: a target answers the same receipts however often it is asked, a departure recorded twice is
 * recorded once, and an item that ended meanwhile is left as it is.
 */
final class ArrivalReconciler implements AutoCloseable {

    /** How many heartbeat intervals without a heartbeat here make a relocating agent quiet. */
    static final int QUIET_INTERVALS = 3;

    private static final long PERIOD_MILLIS = 500;
    /** The longest the sweep skips its query, so a move whose agents were all handed out since is looked at soon. */
    private static final Duration MAX_IDLE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ArrivalReconciler.class);

    private final MoveContext context;
    private final MoveStore moves;
    private final Relocations relocations;
    private final DepartureDesk departures;
    private final ArrivalCheckClient targets;
    private final Duration floor;
    /** When each move's quiet agents may be asked about again. */
    private final Map<UUID, Instant> nextQuietCheck = new ConcurrentHashMap<>();
    /** The agents whose receipt from the target was refused, so each refusal is logged once. */
    private final Map<UUID, String> refusedReceipts = new ConcurrentHashMap<>();
    /** The moves whose target could not be reached at the last check, so the failure is logged once. */
    private final Map<UUID, String> unreachable = new ConcurrentHashMap<>();
    /**
     * Until when ({@link System#nanoTime()}) no relocating agent can become quiet or time out, nor the deadline of a
     * move with handed-out agents come, at most {@link #MAX_IDLE} ahead: the periodic sweep skips its query until then,
     * unless {@linkplain #wake() woken} since the last one began. Agents told to relocate after a sweep are quiet at
     * the earliest {@value #QUIET_INTERVALS} of the shortest heartbeat interval of the agents known then later; an
     * agent registered since can only relocate in a move started since, which wakes the sweep.
     */
    private volatile long idleUntilNanos = System.nanoTime();
    /** How often the sweep was woken, and how often when the last sweep began. */
    private final AtomicLong wakes = new AtomicLong();
    private volatile long wakesSeen = -1;
    private ScheduledExecutorService background;

    ArrivalReconciler(MoveContext context, MoveStore moves, Relocations relocations, DepartureDesk departures,
            ArrivalCheckClient targets, Duration floor) {
        this.context = context;
        this.moves = moves;
        this.relocations = relocations;
        this.departures = departures;
        this.targets = targets;
        this.floor = floor;
    }

    synchronized void start() {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulwark-move-reconciler"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::reconcileQuietly, PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Makes the next periodic sweep look at every relocating agent: a move started, or a restore replaced them. */
    void wake() {
        wakes.incrementAndGet();
    }

    private void reconcileQuietly() {
        try {
            if (wakes.get() == wakesSeen && System.nanoTime() - idleUntilNanos < 0) {
                return;
            }
            reconcile();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("Cannot reconcile relocating agents with their targets; trying again", e); //$NON-NLS-1$
        }
    }

    /** The agents of one move to ask its target about, and those to release before rolling them back. */
    private record Asking(MoveStore.Job job, List<UUID> quiet, List<UUID> timedOut) {
    }

    void reconcile() throws Exception {
        wakesSeen = wakes.get();
        long started = System.nanoTime();
        Instant now = context.clock().instant();
        Map<UUID, Asking> asking = new LinkedHashMap<>();
        Instant idle = now.plus(MAX_IDLE);
        Instant nextHandedOutQuiet = now.plusMillis((long) QUIET_INTERVALS * context.agents().shortestIntervalMillis());
        idle = nextHandedOutQuiet.isBefore(idle) ? nextHandedOutQuiet : idle;
        try (Connection connection = context.database().connection()) {
            Map<UUID, Optional<MoveStore.Job>> jobs = new HashMap<>();
            for (MoveStore.Handed handed : moves.handedOutBy(connection, now)) {
                Optional<MoveStore.Job> job = jobs.computeIfAbsent(handed.moveId(), id -> find(connection, id));
                if (job.isEmpty()) {
                    continue;
                }
                Asking move = asking.computeIfAbsent(handed.moveId(),
                        id -> new Asking(job.get(), new ArrayList<>(), new ArrayList<>()));
                if (!now.isBefore(job.get().deadline()) || timedOut(handed, now)) {
                    move.timedOut().add(handed.agentId());
                } else if (quiet(handed, now)) {
                    move.quiet().add(handed.agentId());
                } else {
                    Instant due = due(handed, job.get());
                    idle = due.isBefore(idle) ? due : idle;
                }
            }
        }
        boolean nothingToAsk = asking.values().stream()
                .allMatch(move -> move.quiet().isEmpty() && move.timedOut().isEmpty());
        idleUntilNanos = started + (nothingToAsk ? Math.max(0, Duration.between(now, idle).toNanos()) : 0);
        nextQuietCheck.keySet().retainAll(asking.keySet());
        refusedReceipts.keySet().retainAll(asking.values().stream()
                .flatMap(move -> Stream.concat(move.quiet().stream(), move.timedOut().stream())).toList());
        unreachable.keySet().retainAll(asking.keySet());
        for (Asking move : asking.values()) {
            UUID moveId = move.job().id();
            boolean quietDue = !move.quiet().isEmpty()
                    && !now.isBefore(nextQuietCheck.getOrDefault(moveId, Instant.MIN));
            try {
                if (!move.timedOut().isEmpty()) {
                    release(move.job(), move.timedOut(), now);
                }
                if (quietDue) {
                    ask(move.job(), move.quiet());
                    nextQuietCheck.put(moveId, now.plus(floor));
                }
                if (unreachable.remove(moveId) != null) {
                    LOG.info("The target {} of move {} answers again", move.job().target().host(), moveId); //$NON-NLS-1$
                }
            } catch (IOException e) {
                // A refused connection may carry no message at all.
                String message = String.valueOf(e);
                if (!message.equals(unreachable.put(moveId, message))) {
                    LOG.warn("Cannot ask the target {}:{} of move {} which of its agents arrived ({}); nothing is" //$NON-NLS-1$
                            + " rolled back or recorded for them until it answers, asking again", //$NON-NLS-1$
                            move.job().target().host(), Integer.valueOf(move.job().target().port()), moveId, message);
                }
            }
        }
    }

    private Optional<MoveStore.Job> find(Connection connection, UUID moveId) {
        try {
            return moves.find(connection, moveId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read move " + moveId, e); //$NON-NLS-1$
        }
    }

    private boolean timedOut(MoveStore.Handed handed, Instant now) {
        Instant limit = handed.deliveredAt().plus(timeout(handed.agentId()));
        Instant lastSeen = context.agents().lastSeen(handed.agentId());
        return !now.isBefore(limit) && lastSeen != null && lastSeen.isAfter(limit);
    }

    private boolean quiet(MoveStore.Handed handed, Instant now) {
        Instant since = now.minusMillis((long) QUIET_INTERVALS * context.agents().intervalMillis(handed.agentId()));
        Instant lastSeen = context.agents().lastSeen(handed.agentId());
        return handed.deliveredAt().isBefore(since) && (lastSeen == null || lastSeen.isBefore(since));
    }

    /**
     * @return the earliest time a relocating agent that is neither quiet nor timed out now can be either: its move's
     *         deadline, its relocate timeout, or {@value #QUIET_INTERVALS} intervals after it was last heard from
     */
    private Instant due(MoveStore.Handed handed, MoveStore.Job job) {
        Instant lastSeen = context.agents().lastSeen(handed.agentId());
        Instant heard = lastSeen == null || lastSeen.isBefore(handed.deliveredAt()) ? handed.deliveredAt() : lastSeen;
        Instant quietAt = heard
                .plusMillis((long) QUIET_INTERVALS * context.agents().intervalMillis(handed.agentId()) + 1);
        Instant timeoutAt = handed.deliveredAt().plus(timeout(handed.agentId()));
        Instant due = quietAt.isBefore(timeoutAt) ? quietAt : timeoutAt;
        return job.deadline().isBefore(due) ? job.deadline() : due;
    }

    /** @return the relocate timeout of an agent, as {@link MoveSweeper} measured it */
    Duration timeout(UUID agentId) {
        Duration intervals = Duration
                .ofMillis((long) MoveSweeper.TIMEOUT_INTERVALS * context.agents().intervalMillis(agentId));
        return intervals.compareTo(floor) > 0 ? intervals : floor;
    }

    /**
     * Asks about quiet agents: those the target owns (they heartbeated it) depart, the others go on relocating. One the
     * target holds only provisionally stays here until it hands in its receipt, times out or its deadline comes: the
     * target lists it only from its first heartbeat there, so departing it now could leave it listed nowhere.
     */
    private void ask(MoveStore.Job job, List<UUID> agentIds) throws Exception {
        for (ArrivalFinding finding : check(job, agentIds, false)) {
            if (finding.receipt() != null && TicketAgent.ARRIVED.equals(finding.state())) {
                depart(job, finding);
            }
        }
    }

    /**
     * Releases timed out agents at the target, then ends each: it departs if the target owns it (answers its receipt
     * for an agent that heartbeated there), and rolls back if the target released it (or never could admit it). One the
     * target holds only provisionally goes on moving: it still heartbeats here and hands in its receipt or fails, and
     * departing it now could leave it on neither server once the target's provisional record lapses.
     */
    private void release(MoveStore.Job job, List<UUID> agentIds, Instant now) throws Exception {
        List<UUID> rollBack = new ArrayList<>();
        for (ArrivalFinding finding : check(job, agentIds, true)) {
            if (finding.receipt() != null && TicketAgent.ARRIVED.equals(finding.state())) {
                depart(job, finding);
            } else if (TicketAgent.LAPSED.equals(finding.state())
                    || ArrivalFinding.NOT_NAMED.equals(finding.state())) {
                rollBack.add(finding.agentId());
            }
        }
        if (rollBack.isEmpty()) {
            return;
        }
        AfterCommit after = new AfterCommit();
        context.database().inTransaction(connection -> {
            after.clear();
            for (UUID agentId : rollBack) {
                Optional<MoveStore.Item> item = moves.item(connection, job.id(), agentId)
                        .filter(found -> MoveItemProgress.MOVING.equals(found.state()));
                if (item.isPresent()) {
                    relocations.end(connection, item.get(), MoveItemProgress.ROLLED_BACK, !now.isBefore(job.deadline())
                            ? "The deadline passed before the agent handed in the target's receipt, and the target" //$NON-NLS-1$
                                    + " released it" //$NON-NLS-1$
                            : "The agent kept heartbeating this server " + timeout(agentId).toMillis() //$NON-NLS-1$
                                    + " ms after its relocate command without handing in a receipt, and the target" //$NON-NLS-1$
                                    + " released it", //$NON-NLS-1$
                            now, after);
                }
            }
            return null;
        });
        after.run();
    }

    private List<ArrivalFinding> check(MoveStore.Job job, List<UUID> agentIds, boolean release)
            throws IOException, InterruptedException {
        List<ArrivalFinding> findings = new ArrayList<>(agentIds.size());
        for (int start = 0; start < agentIds.size(); start += ArrivalCheck.MAX_AGENTS) {
            List<UUID> batch = agentIds.subList(start, Math.min(agentIds.size(), start + ArrivalCheck.MAX_AGENTS));
            ArrivalFindings answer = targets.check(job, batch, release);
            findings.addAll(answer.agents());
        }
        return findings;
    }

    private void depart(MoveStore.Job job, ArrivalFinding finding) throws Exception {
        if (!finding.receipt().agentId().equals(finding.agentId())) {
            LOG.warn("The target of move {} answered a receipt for agent {} when asked about agent {}; ignored", //$NON-NLS-1$
                    job.id(), finding.receipt().agentId(), finding.agentId());
            return;
        }
        try {
            departures.depart(finding.receipt(), job.target().host(), true);
            LOG.info("Agent {} of move {} registered at its target without handing in the receipt here; its" //$NON-NLS-1$
                    + " departure is recorded from the receipt the target answered", finding.agentId(), job.id()); //$NON-NLS-1$
        } catch (ApiException e) {
            if (!String.valueOf(e.getMessage())
                    .equals(refusedReceipts.put(finding.agentId(), String.valueOf(e.getMessage())))) {
                LOG.warn("The receipt the target of move {} answered for agent {} is refused: {}", job.id(), //$NON-NLS-1$
                        finding.agentId(), e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }
}
