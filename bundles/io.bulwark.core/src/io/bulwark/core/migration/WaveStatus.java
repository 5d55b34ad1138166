package io.bulwark.core.migration;

import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.protocol.move.MoveItemProgress;

/**
 * One wave with where it stands and its move job as the journal last recorded it.
 *
 * @param wave
 *            the wave
 * @param state
 *            where it stands
 * @param job
 *            its move job, or {@code null} before it started or when it had nothing to move
 */
public record WaveStatus(Wave wave, WaveState state, MoveJobRecord job) {

    /** @return how many of its agents arrived on the target, as far as the journal knows */
    public int arrived() {
        return job == null ? 0 : job.count(MoveItemProgress.ARRIVED);
    }
}
