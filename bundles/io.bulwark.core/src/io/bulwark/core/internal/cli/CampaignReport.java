package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.move.MoveSteps;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Site;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveState;
import io.bulwark.core.migration.WaveStatus;

/** Prints a campaign's plan and where its waves stand, for a person at a terminal. */
final class CampaignReport {

    private final PrintStream out;

    CampaignReport(PrintStream out) {
        this.out = out;
    }

    void plan(Campaign campaign) {
        header(campaign);
        CampaignRules rules = campaign.rules();
        long waves = campaign.waves().stream().filter(wave -> !wave.pilot()).count();
        out.println(NLS.bind(Messages.CampaignReport_agents, new Object[]{Integer.valueOf(campaign.agentCount()),
                Long.valueOf(waves), rules.waveSize() == 0
                        ? Messages.CampaignReport_noSizeLimit
                        : NLS.bind(Messages.CampaignReport_sizeLimit, Integer.valueOf(rules.waveSize()))}));
        out.println(order(rules));
        out.println(pilot(campaign));
        out.println(Messages.CampaignReport_tableHeader);
        for (Wave wave : campaign.waves()) {
            out.println(String.format(Locale.ROOT, "  %4d  %-36s %7d", Integer.valueOf(wave.number()), label(wave), //$NON-NLS-1$
                    Integer.valueOf(wave.agents().size())));
        }
        out.println(Messages.CampaignReport_confirmEach);
        out.flush();
    }

    void status(Campaign campaign, List<WaveStatus> statuses) {
        header(campaign);
        out.println(NLS.bind(Messages.CampaignReport_created, PlanReport.time(campaign.createdAt()),
                Integer.valueOf(campaign.agentCount())));
        out.println(Messages.CampaignReport_statusHeader);
        for (WaveStatus status : statuses) {
            Wave wave = status.wave();
            out.println(String.format(Locale.ROOT, "  %4d  %-36s %7d  %s", Integer.valueOf(wave.number()), //$NON-NLS-1$
                    label(wave), Integer.valueOf(wave.agents().size()), state(status)));
        }
        out.println(next(campaign, statuses));
        out.flush();
    }

    private void header(Campaign campaign) {
        out.println(NLS.bind(Messages.CampaignReport_title, campaign.campaignId()));
        out.println(NLS.bind(Messages.PlanReport_servers, new Object[]{campaign.source().name(),
                campaign.source().url(), campaign.target().name(), campaign.target().url(),
                PlanReport.domain(campaign.targetDomainPath())}));
    }

    private static String order(CampaignRules rules) {
        return switch (rules.grouping()) {
            case NONE -> Messages.CampaignReport_orderNone;
            case DOMAIN -> Messages.CampaignReport_orderDomain;
            case SUBNET -> NLS.bind(Messages.CampaignReport_orderSubnet, Integer.valueOf(rules.ipv4Prefix()),
                    Integer.valueOf(rules.ipv6Prefix()));
            case SITE -> NLS.bind(Messages.CampaignReport_orderSite,
                    String.join("; ", rules.sites().stream().map(Site::toString).toList())); //$NON-NLS-1$
        };
    }

    private static String pilot(Campaign campaign) {
        Wave pilot = campaign.wave(0);
        PilotChoice choice = campaign.rules().pilot();
        int size = pilot == null ? 0 : pilot.agents().size();
        return switch (choice.kind()) {
            case NONE -> Messages.CampaignReport_noPilot;
            case COUNT -> NLS.bind(Messages.CampaignReport_pilotCount, Integer.valueOf(size));
            case PERCENT -> NLS.bind(Messages.CampaignReport_pilotPercent, Integer.valueOf(size),
                    Integer.valueOf(choice.value()));
            case LIST -> NLS.bind(Messages.CampaignReport_pilotList, Integer.valueOf(size), choice.listName());
        };
    }

    /** @return the wave's group for a person, e.g. {@code site hq (2 of 3)} */
    static String label(Wave wave) {
        if (wave.pilot()) {
            return Messages.CampaignReport_pilot;
        }
        String group = switch (wave.grouping()) {
            case NONE -> Messages.CampaignReport_allAgents;
            case DOMAIN -> NLS.bind(Messages.CampaignReport_domain, PlanReport.domain(wave.group()));
            case SUBNET -> wave.group().isEmpty()
                    ? Messages.CampaignReport_noAddress
                    : NLS.bind(Messages.CampaignReport_subnet, wave.group());
            case SITE -> wave.group().isEmpty()
                    ? Messages.CampaignReport_noSite
                    : NLS.bind(Messages.CampaignReport_site, wave.group());
        };
        return wave.parts() > 1
                ? NLS.bind(Messages.CampaignReport_part, new Object[]{group, Integer.valueOf(wave.part()),
                        Integer.valueOf(wave.parts())})
                : group;
    }

    private static String state(WaveStatus status) {
        Wave wave = status.wave();
        String job = status.job() == null
                ? (wave.startNote() != null ? NLS.bind(Messages.CampaignReport_noJob, wave.startNote()) : "") //$NON-NLS-1$
                : NLS.bind(Messages.CampaignReport_job, wave.moveId(), MoveSteps.summary(status.job()));
        if (!status.movesBack().isEmpty()) {
            job += NLS.bind(Messages.CampaignReport_movedBack, String.join(", ", //$NON-NLS-1$
                    status.movesBack().stream().map(UUID::toString).toList()));
        }
        return switch (status.state()) {
            case PENDING -> Messages.CampaignReport_pending;
            case RUNNING -> NLS.bind(Messages.CampaignReport_running, job);
            case FINISHED -> NLS.bind(Messages.CampaignReport_finished, job);
            case CONFIRMED -> NLS.bind(Messages.CampaignReport_confirmed, new Object[]{
                    PlanReport.time(wave.confirmedAt()), wave.confirmedBy(), job});
        };
    }

    private static String next(Campaign campaign, List<WaveStatus> statuses) {
        WaveStatus current = statuses.stream().filter(status -> status.state() != WaveState.CONFIRMED).findFirst()
                .orElse(null);
        if (current == null) {
            return Messages.CampaignCommand_complete;
        }
        Integer number = Integer.valueOf(current.wave().number());
        return switch (current.state()) {
            case PENDING -> NLS.bind(Messages.CampaignCommand_startNext, number, campaign.campaignId());
            case RUNNING -> NLS.bind(Messages.CampaignReport_followHint, number, campaign.campaignId());
            default -> NLS.bind(Messages.CampaignCommand_confirmHint, number, campaign.campaignId());
        };
    }
}
