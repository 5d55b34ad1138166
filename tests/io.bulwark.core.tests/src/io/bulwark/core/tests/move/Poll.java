package io.bulwark.core.tests.move;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, probing it often; never a fixed sleep. */
public final class Poll {

    private static final long PROBE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Poll() {
    }

    /** Waits until the condition holds, failing with the description after the timeout. */
    public static void until(Duration timeout, String description, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description);
            }
            LockSupport.parkNanos(PROBE_NANOS);
        }
    }
}
