package io.bulwark.client.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Aborts requests whose progress monitor was cancelled. A request blocked in a read (a slow server, a long stream)
 * never looks at its monitor, so one watchdog thread per client looks for it, every {@link #PERIOD_MILLIS} ms, and
 * aborts the request; the blocked read then fails at once and the caller sees the cancellation.
 */
final class CancelWatch implements AutoCloseable {

    static final long PERIOD_MILLIS = 50;

    private final Map<Watched, Boolean> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    CancelWatch(String serverName) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bulwark-cancel-watch " + serverName); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Watches one request until the returned handle is closed.
     *
     * @param monitor
     *            the caller's monitor
     * @param request
     *            what to abort when it is cancelled
     * @return the handle that ends the watch
     */
    Watched watch(IProgressMonitor monitor, Cancellable request) {
        Watched watch = new Watched(monitor, request);
        watched.put(watch, Boolean.TRUE);
        return watch;
    }

    private void check() {
        for (Watched watch : watched.keySet()) {
            if (watch.monitor.isCanceled()) {
                watched.remove(watch);
                watch.request.cancel();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        watched.clear();
    }

    /** One watched request. */
    final class Watched implements AutoCloseable {
        private final IProgressMonitor monitor;
        private final Cancellable request;

        private Watched(IProgressMonitor monitor, Cancellable request) {
            this.monitor = monitor;
            this.request = request;
        }

        /** Aborts the request now, e.g. because the reader noticed the cancellation first. */
        void abort() {
            watched.remove(this);
            request.cancel();
        }

        @Override
        public void close() {
            watched.remove(this);
        }
    }
}
