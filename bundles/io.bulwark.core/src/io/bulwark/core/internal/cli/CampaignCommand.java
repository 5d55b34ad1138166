package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.cli.MigrationOptions.CampaignOptions;
import io.bulwark.core.internal.cli.MigrationOptions.WaveOptions;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignJournal;
import io.bulwark.core.migration.CampaignPlanner;
import io.bulwark.core.migration.CampaignRequest;
import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.CampaignRunner;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveStart;
import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.AgentLists;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveRequest;

/**
 * {@code bulwark move --waves} plans a migration campaign, prints and records it and starts its first wave;
 * {@code --campaign ID} shows where its waves stand, {@code --confirm-wave N} records the administrator's confirmation
 * of a finished wave, and {@code --next} starts the next wave (or follows the one running).
 */
final class CampaignCommand {

    private final MoveOptions options;
    private final MoveJournal journal;
    private final CampaignJournal campaigns;
    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;

    CampaignCommand(MoveOptions options, MoveJournal journal, PrintStream out, PrintStream err,
            UnaryOperator<String> environment) {
        this.environment = environment;
        this.options = options;
        this.journal = journal;
        this.campaigns = new CampaignJournal(journal);
        this.out = out;
        this.err = err;
    }

    /** {@code --waves}: plans, prints, records, and starts the first wave. */
    int create(ServerClient source, ServerClient target) throws MoveException, ServerException {
        WaveOptions waves = options.migration().waves();
        String origin = MoveApplication.origin(options.agents());
        UUID unfinished = unfinished(origin, source, target);
        if (unfinished != null) {
            throw new MigrationRefusedException(NLS.bind(Messages.CampaignCommand_unfinishedExists, unfinished,
                    options.agents()));
        }
        List<AgentSummary> sourceAgents = new MovePlanner(source, target).sourceAgents(null);
        AgentListImport imported = AgentLists.read(options.agents(), sourceAgents);
        if (!MoveApplication.clean(imported, options.agents(), err)) {
            return MoveApplication.REFUSED;
        }
        CampaignRules rules = waves.rules();
        if (waves.pilotAgents() != null) {
            AgentListImport pilot = AgentLists.read(waves.pilotAgents(), sourceAgents);
            if (!MoveApplication.clean(pilot, waves.pilotAgents(), err)) {
                return MoveApplication.REFUSED;
            }
            rules = new CampaignRules(PilotChoice.listed(pilot.agents().stream().map(AgentSummary::id).toList(),
                    waves.pilotAgents().toString()), rules.waveSize(), rules.grouping(), rules.sites(),
                    rules.ipv4Prefix(), rules.ipv6Prefix());
        }
        Campaign campaign = new CampaignPlanner(source, target).plan(new CampaignRequest(
                imported.agents().stream().map(AgentSummary::id).toList(), rules, options.toDomain(),
                options.deadlineDays(), options.skipOffline() ? MoveRequest.SKIP : MoveRequest.WAIT,
                options.cancelNotifications(), origin), null);
        new CampaignReport(out).plan(campaign);
        if (options.planOnly()) {
            return MoveApplication.ARRIVED;
        }
        campaigns.create(campaign);
        out.println(NLS.bind(Messages.CampaignCommand_recorded, campaign.campaignId(),
                campaigns.file(campaign.campaignId())));
        return next(campaign.campaignId(), source, target);
    }

    /** {@code --campaign ID [--confirm-wave N | --next]}. */
    int carryOn() {
        CampaignOptions chosen = options.migration().campaign();
        try {
            Campaign campaign = read(chosen.campaignId());
            if (chosen.confirmWave() != null) {
                return confirm(campaign, chosen.confirmWave().intValue());
            }
            if (chosen.next()) {
                return ServerPair.run(options, campaign.source(), campaign.target(), err, environment,
                        (source, target) -> next(campaign.campaignId(), source, target));
            }
            new CampaignReport(out).status(campaign, new CampaignRunner(campaigns).status(campaign));
            return MoveApplication.ARRIVED;
        } catch (MigrationRefusedException e) {
            err.println(e.getMessage());
            return MoveApplication.REFUSED;
        } catch (MoveException e) {
            err.println(e.getMessage());
            return MoveApplication.FAILED;
        }
    }

    private Campaign read(UUID campaignId) throws MoveException {
        if (!campaigns.campaigns().contains(campaignId)) {
            throw new MigrationRefusedException(NLS.bind(Messages.CampaignCommand_noSuchCampaign, campaignId,
                    campaigns.folder()));
        }
        return campaigns.read(campaignId);
    }

    private int confirm(Campaign campaign, int number) throws MoveException {
        Wave before = campaign.wave(number);
        Campaign after = new CampaignRunner(campaigns).confirm(campaign.campaignId(), number, confirmer());
        Wave wave = after.wave(number);
        out.println(before.confirmed()
                ? NLS.bind(Messages.CampaignCommand_confirmedAlready, new Object[]{Integer.valueOf(number),
                        PlanReport.time(wave.confirmedAt()), wave.confirmedBy()})
                : NLS.bind(Messages.CampaignCommand_confirmed, Integer.valueOf(number)));
        Wave current = after.current();
        out.println(current == null
                ? Messages.CampaignCommand_complete
                : NLS.bind(Messages.CampaignCommand_startNext, Integer.valueOf(current.number()),
                        after.campaignId()));
        return MoveApplication.ARRIVED;
    }

    private int next(UUID campaignId, ServerClient source, ServerClient target) throws MoveException, ServerException {
        WaveStart start = new CampaignRunner(campaigns).startNext(campaignId, source, target, null);
        Wave wave = start.wave();
        String label = CampaignReport.label(wave);
        PlanReport report = new PlanReport(out);
        if (start.resumed()) {
            out.println(NLS.bind(Messages.CampaignCommand_following, new Object[]{Integer.valueOf(wave.number()),
                    label, wave.moveId()}));
        } else {
            out.println(NLS.bind(Messages.CampaignCommand_starting, new Object[]{Integer.valueOf(wave.number()),
                    label, Integer.valueOf(wave.agents().size())}));
            report.plan(start.plan());
        }
        if (!start.hasJob()) {
            out.println(NLS.bind(Messages.CampaignCommand_nothingToMove, Integer.valueOf(wave.number()),
                    wave.startNote()));
            out.println(NLS.bind(Messages.CampaignCommand_confirmHint, Integer.valueOf(wave.number()), campaignId));
            return MoveApplication.NOT_ALL_ARRIVED;
        }
        out.println(NLS.bind(Messages.CampaignCommand_journaled, new Object[]{wave.moveId(), journal.folder(),
                campaignId}));
        int code = MoveApplication.follow(journal, wave.moveId(), source, target, options, report);
        out.println(NLS.bind(Messages.CampaignCommand_waveDone, Integer.valueOf(wave.number()), wave.moveId()));
        out.println(NLS.bind(Messages.CampaignCommand_confirmHint, Integer.valueOf(wave.number()), campaignId));
        out.println(NLS.bind(Messages.CampaignCommand_moveBackHint, wave.moveId()));
        return code;
    }

    /** An unfinished campaign made from the same list for the same servers, or {@code null}. */
    private UUID unfinished(String origin, ServerClient source, ServerClient target) throws MoveException {
        for (UUID id : campaigns.campaigns()) {
            Campaign campaign;
            try {
                campaign = campaigns.read(id);
            } catch (MoveException e) {
                continue;
            }
            if (!campaign.complete() && origin.equals(campaign.origin())
                    && campaign.source().url().equals(source.address().toString())
                    && campaign.target().url().equals(target.address().toString())) {
                return id;
            }
        }
        return null;
    }

    private static String confirmer() {
        String user = System.getProperty("user.name"); //$NON-NLS-1$
        return user == null || user.isBlank() ? Messages.CampaignCommand_someone : user;
    }
}
