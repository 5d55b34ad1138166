package io.bulwark.server.tests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for a condition by polling it, never by sleeping a fixed time: tests stay fast when the system is fast and
 * patient when the machine is busy.
 */
public final class Await {

    private static final long POLL_MILLIS = 50;

    /**
     * A condition to poll.
     *
     * @param <T>
     *            what each poll observes
     */
    @FunctionalInterface
    public interface Probe<T> {
        /**
         * @return what is observed now
         * @throws Exception
         *             if observing fails; the wait fails with it
         */
        T observe() throws Exception;
    }

    /**
     * A test on what a probe observed.
     *
     * @param <T>
     *            what is observed
     */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * @param observed
         *            the latest observation
         * @return whether the condition holds
         */
        boolean holds(T observed);
    }

    private Await() {
    }

    /**
     * @param <T>
     *            what is observed
     * @param what
     *            the condition, for the failure message
     * @param timeout
     *            how long at most
     * @param probe
     *            observes the system
     * @param check
     *            whether an observation satisfies the condition
     * @return the first observation that satisfied it
     * @throws AssertionError
     *             naming the condition and the last observation if it does not hold in time
     * @throws Exception
     *             if observing fails
     */
    public static <T> T until(String what, Duration timeout, Probe<T> probe, Check<T> check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        T observed = probe.observe();
        while (!check.holds(observed)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Waited " + timeout + " for " + what + "; last saw: " + observed);
            }
            // Parks between probes like the UI test driver's Wait; an interrupt ends the wait as a failure.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
            if (Thread.interrupted()) {
                throw new InterruptedException("Interrupted while waiting for " + what);
            }
            observed = probe.observe();
        }
        return observed;
    }
}
