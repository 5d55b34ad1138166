package io.bulwark.server.internal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed logins for one user from one address, further
 * attempts from that address for that user are refused for a lock-out that doubles with each further failure, up to
 * {@link #MAX_LOCKOUT}. A successful login clears the count. Other addresses, and other users from the same address,
 * are not affected, so an attacker cannot lock the real administrator out from elsewhere.
 */
public final class LoginThrottle {

    /** Failed attempts allowed before the first lock-out. */
    public static final int FREE_FAILURES = 5;

    /** The first lock-out. */
    public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);

    /** The longest lock-out. */
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param clock
     *            the time source
     */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param user
     *            the user name tried
     * @param address
     *            the caller's address
     * @return how long the caller must wait before trying again; zero if it may try now
     */
    public Duration waitBefore(String user, String address) {
        Failures current = failures.get(key(user, address));
        if (current == null || current.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), current.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * @param user
     *            the user name tried
     * @param address
     *            the caller's address
     */
    public void failed(String user, String address) {
        failures.compute(key(user, address), (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, null);
            }
            int doublings = Math.min(count - FREE_FAILURES, 30);
            Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << doublings);
            if (lockout.compareTo(MAX_LOCKOUT) > 0) {
                lockout = MAX_LOCKOUT;
            }
            return new Failures(count, clock.instant().plus(lockout));
        });
    }

    /**
     * @param user
     *            the user name that logged in
     * @param address
     *            the caller's address
     */
    public void succeeded(String user, String address) {
        failures.remove(key(user, address));
    }

    private static String key(String user, String address) {
        return user.toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
