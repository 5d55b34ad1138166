package io.bulwark.client.internal.live;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
/**
 * Hands changes to the model thread in batches: any thread submits updates, and one task on the model executor applies
 * everything queued so far, so that a burst of thousands of events costs one trip to the model thread, not thousands.
 * <p>
 * While held, updates queue up without being applied: a connection holds them while it loads the server's state, so
 * that events arriving meanwhile apply after the state they change.
 */
public final class ModelUpdates {

    private static final System.Logger LOG = System.getLogger(ModelUpdates.class.getName());

    private final Executor modelExecutor;
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private boolean held = true;
    private boolean drainScheduled;

    /**
     * @param modelExecutor
     *            runs tasks on the one thread that may touch the model, in the order given
     */
    public ModelUpdates(Executor modelExecutor) {
        this.modelExecutor = modelExecutor;
    }

    /**
     * Queues an update for the model thread.
     *
     * @param update
     *            changes the model; runs on the model thread
     */
    public void submit(Runnable update) {
        synchronized (queued) {
            queued.add(update);
            if (held || drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        modelExecutor.execute(this::drain);
    }

    /** Holds updates back until {@link #release()}. */
    public void hold() {
        synchronized (queued) {
            held = true;
        }
    }

    /** Applies what was held back, after everything already handed to the model executor, and flows again. */
    public void release() {
        synchronized (queued) {
            held = false;
            if (queued.isEmpty() || drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        modelExecutor.execute(this::drain);
    }

    /** Forgets updates not yet applied (the connection is closing or reloading from scratch). */
    public void discard() {
        synchronized (queued) {
            queued.clear();
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (queued) {
                next = held ? null : queued.poll();
                if (next == null) {
                    drainScheduled = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // One bad update must not stop the ones after it; the connection reloads on the next reset.
                LOG.log(System.Logger.Level.ERROR, Messages.ModelUpdates_updateFailed, e);
            }
        }
    }
}
