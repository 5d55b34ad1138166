package io.bulwark.core.migration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.migration.Messages;
import io.bulwark.core.internal.migration.ServerIdentity;
import io.bulwark.core.internal.move.MoveSteps;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;

/**
 * Carries a campaign on, one wave at a time, each wave an ordinary move job of the {@link MoveJournal} (planned by
 * {@link MovePlanner}, run or followed by {@link io.bulwark.core.move.MoveRunner}). A wave starts only after every wave
 * before it finished and was confirmed by the administrator; every change of the campaign is made under its lock and
 * recorded before the move job exists, so a crash in between leaves a wave that is planned again, never one carried out
 * twice. Refusals are {@link MigrationRefusedException}s that say what to do; they change nothing.
 */
public final class CampaignRunner {

    private final CampaignJournal campaigns;
    private final Clock clock;

    /**
     * @param campaigns
     *            the campaigns, beside the move journal of their waves
     */
    public CampaignRunner(CampaignJournal campaigns) {
        this(campaigns, Clock.systemUTC());
    }

    /**
     * @param campaigns
     *            the campaigns, beside the move journal of their waves
     * @param clock
     *            the time recorded for starts and confirmations
     */
    public CampaignRunner(CampaignJournal campaigns, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    /**
     * @param campaign
     *            a campaign
     * @return each wave with where it stands and the moves back of its agents, in order; reads only the journals
     * @throws MoveException
     *             if the move journal cannot be listed or a wave's job cannot be read
     */
    public List<WaveStatus> status(Campaign campaign) throws MoveException {
        return status(campaign, JournalJobs.read(campaigns.moves()));
    }

    /**
     * As {@link #status(Campaign)}, with the move journal read beforehand, for the status of many campaigns at once.
     *
     * @param campaign
     *            a campaign
     * @param jobs
     *            the move journal's jobs, read for this and other campaigns
     * @return each wave with where it stands and the moves back of its agents, in order
     * @throws MoveException
     *             if a wave's job cannot be read
     */
    public List<WaveStatus> status(Campaign campaign, JournalJobs jobs) throws MoveException {
        List<WaveStatus> statuses = new ArrayList<>();
        for (Wave wave : campaign.waves()) {
            WaveStatus status = status(wave, jobs::contains);
            List<UUID> back = wave.moveId() == null ? List.of() : jobs.from(MoveBack.origin(wave.moveId()));
            statuses.add(new WaveStatus(wave, status.state(), status.job(), back));
        }
        return statuses;
    }

    private WaveStatus status(Wave wave, Predicate<UUID> jobs) throws MoveException {
        MoveJobRecord job = wave.moveId() != null && jobs.test(wave.moveId())
                ? campaigns.moves().read(wave.moveId())
                : null;
        if (wave.confirmed()) {
            return new WaveStatus(wave, WaveState.CONFIRMED, job, List.of());
        }
        if (!wave.started() || wave.moveId() != null && job == null) {
            return new WaveStatus(wave, WaveState.PENDING, null, List.of());
        }
        if (job == null || job.finished()) {
            return new WaveStatus(wave, WaveState.FINISHED, job, List.of());
        }
        return new WaveStatus(wave, WaveState.RUNNING, job, List.of());
    }

    /**
     * Records the administrator's confirmation of a finished wave, which lets the next one start. Confirming a wave
     * confirmed already changes nothing.
     *
     * @param campaignId
     *            a campaign
     * @param number
     *            the wave's number (0 for the pilot)
     * @param confirmedBy
     *            who confirms, for the record
     * @return the campaign as recorded afterwards
     * @throws MoveException
     *             a {@link MigrationRefusedException} if there is no such wave or it has not finished; else if the
     *             campaign is locked by another run or cannot be read or written
     */
    public Campaign confirm(UUID campaignId, int number, String confirmedBy) throws MoveException {
        try (CampaignLock lock = campaigns.lock(campaignId)) {
            Campaign campaign = campaigns.read(campaignId);
            Wave wave = campaign.wave(number);
            if (wave == null) {
                throw new MigrationRefusedException(NLS.bind(Messages.CampaignRunner_noSuchWave, new Object[]{
                        Integer.valueOf(number), campaignId, range(campaign)}));
            }
            if (wave.confirmed()) {
                return campaign;
            }
            WaveStatus status = status(wave, new HashSet<>(campaigns.moves().jobs())::contains);
            switch (status.state()) {
                case PENDING -> throw new MigrationRefusedException(wave.number() == campaign.current().number()
                        ? NLS.bind(Messages.CampaignRunner_confirmNotStarted, Integer.valueOf(number))
                        : NLS.bind(Messages.CampaignRunner_confirmEarlierFirst, Integer.valueOf(number),
                                Integer.valueOf(campaign.current().number())));
                case RUNNING -> throw new MigrationRefusedException(NLS.bind(Messages.CampaignRunner_confirmRunning,
                        Integer.valueOf(number), MoveSteps.summary(status.job())));
                default -> {
                    Campaign confirmed = campaign.with(wave.confirmed(clock.instant(), confirmedBy));
                    campaigns.write(confirmed);
                    return confirmed;
                }
            }
        }
    }

    /**
     * Says why the next wave of a campaign cannot start now, as {@link #startNext} would refuse it, for a console that
     * offers starting it only when it may: the campaign is complete, or its current wave runs or waits for the
     * administrator's confirmation. Reads only the journals.
     *
     * @param campaign
     *            a campaign as last read
     * @return why no wave can start, for a person; {@code null} when the current wave may start (it is pending)
     * @throws MoveException
     *             if the move journal cannot be listed or the current wave's job cannot be read
     */
    public String nextRefusal(Campaign campaign) throws MoveException {
        Wave wave = campaign.current();
        if (wave == null) {
            return NLS.bind(Messages.CampaignRunner_complete, campaign.campaignId());
        }
        WaveStatus status = status(wave, new HashSet<>(campaigns.moves().jobs())::contains);
        return switch (status.state()) {
            case FINISHED -> NLS.bind(Messages.CampaignRunner_awaitsConfirmation, Integer.valueOf(wave.number()),
                    Integer.valueOf(wave.number() + 1));
            case RUNNING -> NLS.bind(Messages.CampaignRunner_nextWhileRunning, new Object[]{
                    Integer.valueOf(wave.number()), MoveSteps.summary(status.job()),
                    Integer.valueOf(wave.number() + 1)});
            default -> null;
        };
    }

    /**
     * Goes on with a campaign: starts its next wave, by planning its move job (which reads each agent's status anew)
     * and recording it in the move journal; or, when that wave runs already, hands it back to be followed. The caller
     * runs or follows the job with {@link io.bulwark.core.move.MoveRunner}.
     *
     * @param campaignId
     *            a campaign
     * @param source
     *            the campaign's source server, logged in
     * @param target
     *            the campaign's target server, logged in
     * @param monitor
     *            cancels planning, or {@code null}
     * @return what was started or found running
     * @throws MoveException
     *             a {@link MigrationRefusedException} if the campaign is complete, its current wave finished and waits
     *             for confirmation, or the target cannot take the wave's agents; else if the campaign is locked by
     *             another run, the servers are not the campaign's, or a journal cannot be read or written
     * @throws ServerException
     *             if a server cannot be asked
     */
    public WaveStart startNext(UUID campaignId, ServerClient source, ServerClient target, IProgressMonitor monitor)
            throws MoveException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        try (CampaignLock lock = campaigns.lock(campaignId)) {
            Campaign campaign = campaigns.read(campaignId);
            Wave wave = campaign.current();
            if (wave == null) {
                throw new MigrationRefusedException(NLS.bind(Messages.CampaignRunner_complete, campaignId));
            }
            WaveStatus status = status(wave, new HashSet<>(campaigns.moves().jobs())::contains);
            if (status.state() == WaveState.FINISHED) {
                throw new MigrationRefusedException(NLS.bind(Messages.CampaignRunner_awaitsConfirmation,
                        Integer.valueOf(wave.number()), Integer.valueOf(wave.number() + 1)));
            }
            if (status.state() == WaveState.RUNNING) {
                return new WaveStart(campaign, wave, null, true);
            }
            ServerIdentity.check(source, campaign.source(), progress.split(1));
            ServerIdentity.check(target, campaign.target(), progress.split(1));
            MovePlan plan = new MovePlanner(source, target).plan(new MovePlanRequest(
                    wave.agents().stream().map(WaveAgent::id).toList(), campaign.targetDomainPath(),
                    campaign.deadlineDays(), campaign.offlineAgents(), campaign.cancelNotifications(), false,
                    origin(campaignId, wave.number())), progress.split(1));
            if (!plan.readiness().ready() && !plan.namedAgents().isEmpty()) {
                throw new MigrationRefusedException(NLS.bind(Messages.CampaignRunner_targetNotReady,
                        Integer.valueOf(wave.number()), plan.readiness().problem()));
            }
            boolean nothingToMove = plan.namedAgents().isEmpty();
            Wave started = wave.started(nothingToMove ? null : plan.moveId(),
                    nothingToMove ? plan.readiness().problem() : null, clock.instant());
            Campaign recorded = campaign.with(started);
            campaigns.write(recorded);
            if (!nothingToMove) {
                campaigns.moves().create(plan);
            }
            return new WaveStart(recorded, started, plan, false);
        }
    }

    /**
     * @param campaignId
     *            a campaign
     * @param wave
     *            a wave's number
     * @return the origin its move job is planned with, naming the campaign and the wave
     */
    public static String origin(UUID campaignId, int wave) {
        return "campaign " + campaignId + " wave " + wave; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String range(Campaign campaign) {
        return campaign.waves().get(0).number() + "-" //$NON-NLS-1$
                + campaign.waves().get(campaign.waves().size() - 1).number();
    }
}
