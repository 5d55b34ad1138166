package io.bulwark.core.migration;

import java.util.List;
import java.util.UUID;

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
 * @param movesBack
 *            the jobs of the journal moving its agents back ({@link MoveBack}), if any
 */
public record WaveStatus(Wave wave, WaveState state, MoveJobRecord job, List<UUID> movesBack) {

    /** Freezes the list. */
    public WaveStatus {
        movesBack = List.copyOf(movesBack);
    }

    /** @return how many of its agents arrived on the target, as far as the journal knows */
    public int arrived() {
        return job == null ? 0 : job.count(MoveItemProgress.ARRIVED);
    }
}
