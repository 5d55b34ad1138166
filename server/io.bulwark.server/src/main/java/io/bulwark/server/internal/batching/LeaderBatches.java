package io.bulwark.server.internal.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Does the work of many threads in batches, where a batch costs about what one piece of work alone costs (a commit, a
 * signature). Each caller queues its piece and waits. One of them at a time leads: it takes the queued pieces (at most
 * a batch's worth), does them together and wakes their callers, and wakes the next caller in the queue to lead the next
 * batch. A caller alone waits for nobody: it leads a batch of one at once, with no fixed delay.
 *
 * @param <P>
 *            a piece of work, with room for its outcome
 */
public final class LeaderBatches<P extends LeaderBatches.Piece> {

    /**
     * How long a waiting caller sleeps at most before it looks again whether it must lead; the leader wakes it sooner
     * when its piece is done or it is next to lead.
     */
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** A caller's piece of work; subclasses hold its input and result, which the leader sets before it is done. */
    public abstract static class Piece {
        final Thread caller = Thread.currentThread();
        volatile boolean done;

        private Throwable failure;

        /**
         * @param why
         *            why the piece failed; recorded by the leader, before the piece is done
         */
        public final void fail(Throwable why) {
            failure = why;
        }

        /** @return why the piece failed, or {@code null} */
        public final Throwable failure() {
            return failure;
        }
    }

    private final int maxBatch;
    private final Consumer<List<P>> together;
    private final ReentrantLock leading = new ReentrantLock();
    private final Queue<P> queued = new ConcurrentLinkedQueue<>();

    /**
     * @param maxBatch
     *            at most this many pieces make a batch
     * @param together
     *            does a batch and records each piece's result or failure in it; what it throws becomes the failure of
     *            every piece of the batch
     */
    public LeaderBatches(int maxBatch, Consumer<List<P>> together) {
        this.maxBatch = maxBatch;
        this.together = together;
    }

    /**
     * Queues the caller's piece and returns once it is done, in a batch this caller or another led.
     *
     * @param piece
     *            the piece, created by the calling thread
     */
    public void await(P piece) {
        queued.add(piece);
        while (!piece.done) {
            if (leading.tryLock()) {
                try {
                    if (!piece.done) {
                        lead();
                    }
                } finally {
                    leading.unlock();
                }
                P next = queued.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller); // it leads the next batch
                }
            } else {
                LockSupport.parkNanos(this, WAIT_NANOS);
            }
        }
    }

    private void lead() {
        List<P> batch = new ArrayList<>();
        for (P piece = queued.poll(); piece != null; piece = batch.size() < maxBatch ? queued.poll() : null) {
            batch.add(piece);
        }
        try {
            together.accept(batch);
        } catch (RuntimeException | Error e) {
            for (P piece : batch) {
                piece.fail(e);
            }
        } finally {
            for (P piece : batch) {
                piece.done = true;
                LockSupport.unpark(piece.caller);
            }
        }
    }
}
