package io.bulwark.ui.internal.moves;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveAgent;
import io.bulwark.core.migration.WaveState;
import io.bulwark.core.migration.WaveStatus;

/** The words for migration campaigns that the wizard and the Moves part show: waves, groups, states, summaries. */
final class WaveLabels {

    /** How many host names a wave's row names before saying how many more there are. */
    private static final int HOSTS_SHOWN = 8;

    private WaveLabels() {
    }

    /** @return "Pilot" or "Wave 2" */
    static String name(Wave wave) {
        return wave.pilot()
                ? Messages.WaveLabels_pilot
                : NLS.bind(Messages.WaveLabels_wave,
                        Integer.valueOf(wave.number()));
    }

    /** @return the wave's group for a person: a domain, subnet or site, or empty when the waves are not grouped */
    static String group(Wave wave) {
        if (wave.pilot()) {
            return Messages.WaveLabels_pilotGroup;
        }
        return switch (wave.grouping()) {
            case DOMAIN -> MoveLabels.domain(wave.group());
            case SUBNET -> wave.group().isEmpty() ? Messages.WaveLabels_noAddress : wave.group();
            case SITE -> wave.group().isEmpty() ? Messages.WaveLabels_noSite : wave.group();
            case NONE -> ""; //$NON-NLS-1$
        };
    }

    /** @return which part of its group the wave is, e.g. "1 of 3"; empty for a group of one wave */
    static String part(Wave wave) {
        return wave.parts() > 1
                ? NLS.bind(Messages.WaveLabels_part, Integer.valueOf(wave.part()), Integer.valueOf(wave.parts()))
                : ""; //$NON-NLS-1$
    }

    /** @return the host names of the wave's first agents, and how many more it has */
    static String hosts(Wave wave) {
        List<String> names = wave.agents().stream().limit(HOSTS_SHOWN).map(WaveAgent::hostName).toList();
        String shown = String.join(", ", names); //$NON-NLS-1$
        int more = wave.agents().size() - names.size();
        return more > 0 ? NLS.bind(Messages.WaveLabels_more, shown, Integer.valueOf(more)) : shown;
    }

    /** @return the campaign in one sentence: how many agents from where to where, the pilot and the waves */
    static String summary(Campaign campaign) {
        Wave first = campaign.waves().get(0);
        int waves = campaign.waves().size() - (first.pilot() ? 1 : 0);
        String pilot = first.pilot()
                ? NLS.bind(Messages.WaveLabels_withPilot, Integer.valueOf(first.agents().size()))
                : Messages.WaveLabels_noPilot;
        return NLS.bind(Messages.WaveLabels_summary, new Object[]{Integer.valueOf(campaign.agentCount()),
                campaign.source().name(), campaign.target().name(), MoveLabels.domain(campaign.targetDomainPath()),
                pilot, Integer.valueOf(waves), grouping(campaign.rules().grouping())}) + " " //$NON-NLS-1$
                + NLS.bind(campaign.cancelNotifications()
                        ? Messages.WaveLabels_cancelsNotifications
                        : Messages.WaveLabels_keepsNotifications, campaign.source().name());
    }

    /** @return the campaign in a few words, as its row in the Moves part names it */
    static String describe(FollowedCampaign followed) {
        Campaign campaign = followed.campaign();
        if (campaign == null) {
            return NLS.bind(Messages.WaveLabels_unreadable, followed.campaignId());
        }
        return NLS.bind(Messages.WaveLabels_campaign, new Object[]{campaign.source().name(), campaign.target().name(),
                MoveLabels.domain(campaign.targetDomainPath()), Integer.valueOf(campaign.agentCount())});
    }

    /** @return where the campaign stands: the wave it goes on with, or that it is complete */
    static String progress(FollowedCampaign followed) {
        if (followed.campaign() == null) {
            return followed.problem() == null ? "" : followed.problem(); //$NON-NLS-1$
        }
        Wave current = followed.campaign().current();
        return current == null ? Messages.WaveLabels_complete : NLS.bind(Messages.WaveLabels_at, name(current));
    }

    /** @return where a wave stands, in a word or two */
    static String state(WaveStatus status) {
        return switch (status.state()) {
            case PENDING -> Messages.WaveLabels_pending;
            case RUNNING -> Messages.WaveLabels_running;
            case FINISHED -> status.job() == null && status.wave().startNote() != null
                    ? NLS.bind(Messages.WaveLabels_finishedNothing, status.wave().startNote())
                    : Messages.WaveLabels_finished;
            case CONFIRMED -> NLS.bind(Messages.WaveLabels_confirmed, status.wave().confirmedBy());
        };
    }

    /** @return how far the wave's move came: "2 of 3 arrived", and the moves back of its agents */
    static String arrived(WaveStatus status) {
        if (status.job() == null) {
            return ""; //$NON-NLS-1$
        }
        String arrived = NLS.bind(Messages.WaveLabels_arrived, Integer.valueOf(status.arrived()),
                Integer.valueOf(status.wave().agents().size()));
        return status.movesBack().isEmpty()
                ? arrived
                : NLS.bind(Messages.WaveLabels_movedBack, arrived,
                        Integer.valueOf(status.movesBack().size()));
    }

    /** @return whether a wave's state is one of these */
    static boolean in(WaveStatus status, WaveState... states) {
        return List.of(states).contains(status.state());
    }

    private static String grouping(Grouping grouping) {
        return switch (grouping) {
            case NONE -> Messages.WaveLabels_notGrouped;
            case DOMAIN -> Messages.WaveLabels_byDomain;
            case SUBNET -> Messages.WaveLabels_bySubnet;
            case SITE -> Messages.WaveLabels_bySite;
        };
    }
}
