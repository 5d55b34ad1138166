package io.bulwark.server.internal.moves;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.move.MoveItemProgress;

/**
 * Ends what time ends, twice a second on a background thread: at a move's deadline its waiting agents expire and its
 * moving agents never handed their relocate command roll back; those handed it may live on the target by now and are
 * ended by the {@link ArrivalReconciler} with the target's word. Tickets' expected agents lapse at the deadline and
 * provisional records one floor after it (so an agent whose receipt the source accepted just before the deadline still
 * reaches the target). Everything it decides is stored, so a restarted server carries on where it stopped.
 * <p>
 * A moving agent that keeps heartbeating here long after its relocate command was first handed out (the relocate
 * timeout: {@value #TIMEOUT_INTERVALS} of its heartbeat intervals, at least the configured floor), however often the
 * command was handed out again since, is rolled back by the {@link ArrivalReconciler}, once the target has released it.
 */
final class MoveSweeper implements AutoCloseable {

    /** How many heartbeat intervals a relocating agent has to hand in its receipt. */
    static final int TIMEOUT_INTERVALS = 10;

    private static final long PERIOD_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MoveSweeper.class);

    private final MoveContext context;
    private final MoveStore moves;
    private final TicketStore tickets;
    private final Relocations relocations;
    private final ArrivalDesk arrivals;
    private final Duration floor;
    private ScheduledExecutorService background;

    MoveSweeper(MoveContext context, MoveStore moves, TicketStore tickets, Relocations relocations,
            ArrivalDesk arrivals, Duration floor) {
        this.context = context;
        this.moves = moves;
        this.tickets = tickets;
        this.relocations = relocations;
        this.arrivals = arrivals;
        this.floor = floor;
    }

    synchronized void start() {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulwark-move-sweeper"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::sweepQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (Exception e) {
            LOG.error("Cannot end moves and tickets whose time is up; trying again", e); //$NON-NLS-1$
        }
    }

    void sweep() throws Exception {
        Instant now = context.clock().instant();
        AfterCommit after = new AfterCommit();
        List<TicketStore.Entry> lapsed = context.database().inTransaction(connection -> {
            after.clear();
            for (MoveStore.Item item : moves.due(connection, now)) {
                boolean waiting = MoveItemProgress.WAITING.equals(item.state());
                relocations.end(connection, item, waiting ? MoveItemProgress.EXPIRED : MoveItemProgress.ROLLED_BACK,
                        waiting
                                ? "The deadline passed before the agent heartbeated from inside the network" //$NON-NLS-1$
                                : "The deadline passed before the agent handed in the target's receipt", //$NON-NLS-1$
                        now, after);
            }
            return tickets.lapseDue(connection, now, now.minus(floor));
        });
        after.run();
        lapsed.forEach(entry -> arrivals.lapsed(entry.agentId(), entry.ticketId()));
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }
}
