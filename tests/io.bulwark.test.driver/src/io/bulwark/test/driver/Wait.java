package io.bulwark.test.driver;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that the application under test will make true, checking it at short intervals up to a timeout.
 * Never wait for a fixed time "to let things settle": name the condition instead, so a slow machine only makes a test
 * slower, never wrong.
 */
public final class Wait {

    /** Long enough for a loaded CI machine, short enough to fail a broken test in reasonable time. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();

    private Wait() {
    }

    /** Waits until {@code condition} holds, evaluated on the test thread. */
    public static void until(String description, BooleanSupplier condition) {
        until(description, condition, DEFAULT_TIMEOUT);
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @throws AssertionError
     *             naming the condition when the timeout passes first
     */
    public static void until(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Waits until {@code condition} holds, evaluated on the UI thread (for anything that reads widgets). */
    public static void untilOnUi(String description, Supplier<Boolean> condition) {
        until(description, () -> Boolean.TRUE.equals(UiThread.call(condition)));
    }

    /**
     * Waits until a value computed on the UI thread is non-null and returns it, e.g. a widget that appears once a part
     * is created or a dialog opens.
     */
    public static <T> T forValue(String description, Supplier<T> value) {
        Object[] found = new Object[1];
        until(description, () -> (found[0] = UiThread.call(value)) != null);
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }
}
