package io.bulwark.fleet.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one server's requests for the fleet's periodic summary line. Each counter is read and reset once per
 * summary, except {@link #movedRegisteredAgain}, which counts since the fleet started.
 */
final class FleetStats {

    final LongAdder heartbeats = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder registrations = new LongAdder();
    final LongAdder inventories = new LongAdder();
    final LongAdder commandsSucceeded = new LongAdder();
    final LongAdder commandsFailed = new LongAdder();
    /** Agents that left this server for another (the source took their receipt). */
    final LongAdder departures = new LongAdder();
    /** Relocations away from this server that failed; the agents stayed. */
    final LongAdder relocationsFailed = new LongAdder();
    /**
     * Plain registrations here, without a ticket, of agents that had moved here from another server: this server forgot
     * an agent that arrived. A move must never cause one; counted since the fleet started, never reset.
     */
    final LongAdder movedRegisteredAgain = new LongAdder();
    private volatile String lastFailure;

    /**
     * @param what
     *            what failed, for a person
     */
    void failed(String what) {
        failures.increment();
        lastFailure = what;
    }

    /** @return the latest failure since the last call, or {@code null} */
    String takeLastFailure() {
        String failure = lastFailure;
        lastFailure = null;
        return failure;
    }
}
