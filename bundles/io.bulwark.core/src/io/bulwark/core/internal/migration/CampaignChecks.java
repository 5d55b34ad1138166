package io.bulwark.core.internal.migration;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveAgent;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicketRequest;

/** Checks that a campaign read from its file holds what carrying it on needs, and that its waves are consistent. */
public final class CampaignChecks {

    private CampaignChecks() {
    }

    /**
     * @param campaign
     *            a campaign, or {@code null}
     * @return what is wrong with it, for a person, or {@code null} if nothing is
     */
    public static String problem(Campaign campaign) {
        if (campaign == null) {
            return Messages.CampaignChecks_noCampaign;
        }
        if (campaign.campaignId() == null || campaign.createdAt() == null || campaign.source() == null
                || campaign.target() == null || campaign.rules() == null || campaign.targetDomainPath() == null
                || campaign.source().url() == null || campaign.target().url() == null
                || campaign.source().serverId() == null || campaign.target().serverId() == null) {
            return Messages.CampaignChecks_memberMissing;
        }
        if (!MoveRequest.WAIT.equals(campaign.offlineAgents()) && !MoveRequest.SKIP.equals(campaign.offlineAgents())
                || campaign.deadlineDays() < 1 || campaign.deadlineDays() > MoveTicketRequest.MAX_DEADLINE_DAYS) {
            return Messages.CampaignChecks_badMoveOptions;
        }
        if (campaign.waves().isEmpty()) {
            return Messages.CampaignChecks_noWaves;
        }
        return wavesProblem(campaign);
    }

    private static String wavesProblem(Campaign campaign) {
        Set<UUID> seen = new HashSet<>();
        int expected = campaign.waves().get(0).pilot() ? 0 : 1;
        boolean earlierConfirmed = true;
        for (Wave wave : campaign.waves()) {
            if (wave == null || wave.grouping() == null || wave.group() == null || wave.agents().isEmpty()) {
                return Messages.CampaignChecks_waveIncomplete;
            }
            if (wave.number() != expected || wave.pilot() != (wave.number() == 0)) {
                return Messages.CampaignChecks_numbering;
            }
            for (WaveAgent agent : wave.agents()) {
                if (agent == null || agent.id() == null || !seen.add(agent.id())) {
                    return Messages.CampaignChecks_agentTwice;
                }
            }
            if (wave.confirmed() && !wave.started() || wave.started() && !earlierConfirmed
                    || wave.moveId() == null && wave.started() && wave.startNote() == null) {
                return Messages.CampaignChecks_order;
            }
            earlierConfirmed = wave.confirmed();
            expected++;
        }
        return null;
    }
}
