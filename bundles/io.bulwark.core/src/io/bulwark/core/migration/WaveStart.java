package io.bulwark.core.migration;

import io.bulwark.core.move.MovePlan;

/**
 * What {@link CampaignRunner#startNext} did: started a wave (its move job is in the journal, ready to run), found it
 * running already (follow its job), or found that none of its agents could move (the wave is finished without a job).
 *
 * @param campaign
 *            the campaign as recorded afterwards
 * @param wave
 *            the wave
 * @param plan
 *            the plan of its move job just made, or {@code null} when it was running already
 * @param resumed
 *            whether the wave was running already
 */
public record WaveStart(Campaign campaign, Wave wave, MovePlan plan, boolean resumed) {

    /** @return whether its move job is in the journal to be run or followed */
    public boolean hasJob() {
        return wave.moveId() != null;
    }
}
