package io.bulwark.ui.internal.moves;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.WaveStatus;

/**
 * One migration campaign of the shared journal as the console last read it: the campaign, each wave with where it
 * stands (from its move job), or why its entry cannot be read.
 *
 * @param campaignId
 *            the campaign
 * @param campaign
 *            its last record, or {@code null} if it cannot be read
 * @param waves
 *            its waves in order, each with its state and move job; empty if it cannot be read
 * @param problem
 *            why it or its waves cannot be read, for a person, or {@code null}
 */
record FollowedCampaign(UUID campaignId, Campaign campaign, List<WaveStatus> waves, String problem) {

    /** Freezes the waves. */
    FollowedCampaign {
        waves = List.copyOf(waves);
    }

    /** @return when it was planned, for ordering; the epoch for an unreadable entry */
    Instant createdAt() {
        return campaign == null ? Instant.EPOCH : campaign.createdAt();
    }

    /**
     * One wave of a campaign as a row of the Moves part.
     *
     * @param campaign
     *            the campaign
     * @param status
     *            the wave and where it stands
     */
    record WaveRow(FollowedCampaign campaign, WaveStatus status) {

        /** @return whether it is the same wave as another row, whatever either last showed */
        boolean sameWave(WaveRow other) {
            return campaign.campaignId().equals(other.campaign.campaignId())
                    && status.wave().number() == other.status.wave().number();
        }
    }

    /** @return its waves as rows */
    List<WaveRow> rows() {
        return waves.stream().map(status -> new WaveRow(this, status)).toList();
    }
}
