package io.bulwark.ui.internal.moves;

import java.time.Instant;
import java.util.UUID;

import io.bulwark.core.move.MoveJobRecord;

/**
 * One job of the move journal as this console sees it: its last record, whether the console carries it on, and why not.
 *
 * @param moveId
 *            the job
 * @param job
 *            its last record, or {@code null} if its journal entry cannot be read
 * @param following
 *            what the console does with it
 * @param problem
 *            what stands in its way, for a person (the last failure, the server missing, the unreadable entry), or
 *            {@code null}
 */
record FollowedMove(UUID moveId, MoveJobRecord job, Following following, String problem) {

    /** What the console does with a job. */
    enum Following {
        /** Takes its steps, one short job at a time. */
        FOLLOWING,
        /** Waits until its source and target are connected in this console. */
        WAITING_FOR_SERVERS,
        /** Another process (the command line, another console) carries it on; the console looks again later. */
        ELSEWHERE,
        /** A server refused a step; the console stopped until asked to resume. */
        STOPPED,
        /** Nothing more will happen. */
        FINISHED,
        /** Its journal entry cannot be read. */
        UNREADABLE
    }

    /** @return when it was planned, for ordering; the epoch for an unreadable entry */
    Instant plannedAt() {
        return job == null ? Instant.EPOCH : job.plan().plannedAt();
    }

    /** @return whether the move may still change: it can be cancelled or resumed */
    boolean unfinished() {
        return job != null && !job.finished();
    }
}
