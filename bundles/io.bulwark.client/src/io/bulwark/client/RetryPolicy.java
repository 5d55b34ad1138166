package io.bulwark.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a client repeats a call that failed for a passing reason (no connection, the connection
 * broke, 503 {@code unavailable}). Only calls that are safe to repeat are retried: reads, and mutations that carry an
 * {@code Idempotency-Key} so the server applies them once. The delay doubles from {@code firstDelay} up to
 * {@code maxDelay}; a server's {@code Retry-After} is honoured within that bound.
 *
 * @param attempts
 *            how many times a call is sent at most, at least 1
 * @param firstDelay
 *            the wait before the second attempt
 * @param maxDelay
 *            the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    /** Six attempts over about eight seconds: enough to ride out a server restart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(4));

    /** Every call is sent once. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    /** Checks the bounds. */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay"); //$NON-NLS-1$
        Objects.requireNonNull(maxDelay, "maxDelay"); //$NON-NLS-1$
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts); //$NON-NLS-1$
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay"); //$NON-NLS-1$
        }
    }

    /**
     * @param failedAttempt
     *            the attempt that just failed, from 1
     * @return how long to wait before the next attempt
     */
    public Duration delayAfter(int failedAttempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
