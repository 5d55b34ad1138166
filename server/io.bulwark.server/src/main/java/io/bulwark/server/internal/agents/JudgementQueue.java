package io.bulwark.server.internal.agents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import io.bulwark.protocol.admin.AgentStatus;

/**
 * Which agents {@link AgentPresence}'s sweep judges next: those queued by a heartbeat, registration or status change
 * (from any thread), those whose offline deadline passed, and now and then every agent, so an agent never waits for a
 * judgement longer than its deadline or the full-sweep period. Only the sweep's thread takes agents and schedules
 * deadlines.
 */
final class JudgementQueue {

    /**
     * When the sweep looks at an agent again; stale once the agent's {@link LiveAgent#nextJudgement()} differs.
     *
     * @param at
     *            when, in milliseconds
     * @param agent
     *            the agent
     */
    private record Deadline(long at, LiveAgent agent) {
    }

    private final long fullSweepPeriodMillis;
    private final Queue<LiveAgent> queued = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(Comparator.comparingLong(Deadline::at));
    private long nextFullSweep;

    /**
     * @param fullSweepPeriodMillis
     *            how often every agent is judged
     */
    JudgementQueue(long fullSweepPeriodMillis) {
        this.fullSweepPeriodMillis = fullSweepPeriodMillis;
    }

    /** Queues an agent for the next sweep, unless it is queued already; any thread. */
    void add(LiveAgent agent) {
        if (agent.markAwaitingJudgement()) {
            queued.add(agent);
        }
    }

    /**
     * Takes the agents to judge now: the queued ones, those whose deadline passed, and every agent once a full-sweep
     * period has passed.
     *
     * @param now
     *            the time, in milliseconds
     * @param all
     *            every agent the server knows
     * @return the agents to judge, an agent possibly more than once
     */
    List<LiveAgent> take(long now, Collection<LiveAgent> all) {
        List<LiveAgent> candidates = new ArrayList<>();
        for (LiveAgent agent = queued.poll(); agent != null; agent = queued.poll()) {
            agent.takeForJudgement();
            candidates.add(agent);
        }
        for (Deadline due = deadlines.peek(); due != null && due.at() <= now; due = deadlines.peek()) {
            deadlines.poll();
            if (due.agent().nextJudgement() == due.at()) {
                due.agent().nextJudgement(0);
                candidates.add(due.agent());
            }
        }
        if (now >= nextFullSweep) {
            nextFullSweep = now + fullSweepPeriodMillis;
            candidates.addAll(all);
        }
        return candidates;
    }

    /**
     * Makes sure the sweep looks at an online or roaming agent again when it would go offline.
     *
     * @param agent
     *            an agent just judged
     * @param known
     *            whether the server still knows this agent (not forgotten or replaced)
     */
    void scheduleDeadline(LiveAgent agent, Predicate<LiveAgent> known) {
        String status = agent.status();
        if (AgentStatus.OFFLINE.equals(status) || AgentStatus.MOVING.equals(status) || !known.test(agent)) {
            return; // no deadline, or forgotten
        }
        long at = agent.offlineAt();
        long scheduled = agent.nextJudgement();
        if (scheduled != 0 && scheduled <= at) {
            return; // judged again by then anyway, and scheduled afresh
        }
        agent.nextJudgement(at);
        deadlines.add(new Deadline(at, agent));
    }
}
