package io.bulwark.core.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bulwark.core.move.MoveServer;

/**
 * A migration campaign as its journal holds it: which agents move from which server to which, split into the pilot and
 * waves, and how far each wave came. Every agent is in exactly one wave.
 *
 * @param campaignId
 *            the campaign's id
 * @param createdAt
 *            when it was planned
 * @param origin
 *            what the agents were chosen from (e.g. an agent list and its digest), or {@code null}
 * @param source
 *            the server the agents leave
 * @param target
 *            the server they go to
 * @param targetDomainPath
 *            their domain on the target; empty for the root
 * @param deadlineDays
 *            each wave's deadline, in days from its start
 * @param offlineAgents
 *            {@code wait} or {@code skip}, for every wave
 * @param cancelNotifications
 *            whether each wave cancels notifications queued for its agents on the source
 * @param rules
 *            how the agents were split
 * @param waves
 *            the pilot (number 0) if any, then the waves in the order they go
 */
public record Campaign(UUID campaignId, Instant createdAt, String origin, MoveServer source, MoveServer target,
        String targetDomainPath, int deadlineDays, String offlineAgents, boolean cancelNotifications,
        CampaignRules rules, List<Wave> waves) {

    /** Freezes the waves. */
    public Campaign {
        waves = List.copyOf(waves);
    }

    /**
     * @param number
     *            a wave's number
     * @return the wave, or {@code null} if the campaign has none of that number
     */
    public Wave wave(int number) {
        return waves.stream().filter(wave -> wave.number() == number).findFirst().orElse(null);
    }

    /**
     * @param changed
     *            a wave of this campaign, changed
     * @return the campaign with it
     */
    public Campaign with(Wave changed) {
        List<Wave> all = new ArrayList<>(waves);
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).number() == changed.number()) {
                all.set(index, changed);
            }
        }
        return new Campaign(campaignId, createdAt, origin, source, target, targetDomainPath, deadlineDays,
                offlineAgents, cancelNotifications, rules, all);
    }

    /** @return how many agents it moves in all */
    public int agentCount() {
        return waves.stream().mapToInt(wave -> wave.agents().size()).sum();
    }

    /** @return whether every wave was confirmed */
    public boolean complete() {
        return waves.stream().allMatch(Wave::confirmed);
    }

    /** @return the first wave not yet confirmed, the one a campaign goes on with, or {@code null} when complete */
    public Wave current() {
        return waves.stream().filter(wave -> !wave.confirmed()).findFirst().orElse(null);
    }
}
