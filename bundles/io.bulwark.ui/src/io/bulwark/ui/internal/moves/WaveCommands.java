package io.bulwark.ui.internal.moves;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignRunner;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.MoveBack;
import io.bulwark.core.migration.MoveBackPlan;
import io.bulwark.core.migration.MoveBackRequest;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveStart;
import io.bulwark.core.migration.WaveState;
import io.bulwark.core.migration.WaveStatus;
import io.bulwark.core.move.MoveServer;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.components.AccountRoles;
import io.bulwark.ui.internal.moves.FollowedCampaign.WaveRow;

/**
 * What the Moves part does with a campaign, each after asking where it changes something, and each in a cancellable
 * {@link MoveCall} whose outcome is said in the part: Confirm Wave records the administrator's confirmation of a
 * finished wave ({@link CampaignRunner#confirm}); Start Next Wave starts the campaign's next wave as an ordinary move
 * job ({@link CampaignRunner#startNext}), or says why it cannot start yet; Move Back moves the agents of a finished
 * wave back where they came from ({@link MoveBack}). The move jobs made are handed to the {@link MoveFollower}.
 */
final class WaveCommands {

    private final CampaignFollower campaigns;
    private final MoveServers servers;
    private final MoveFollower follower;
    private final Consumer<String> say;

    /**
     * @param campaigns
     *            the campaigns and their journal
     * @param say
     *            shows the outcome of a command in the part, on the UI thread
     */
    WaveCommands(CampaignFollower campaigns, Consumer<String> say) {
        this.campaigns = campaigns;
        this.follower = campaigns.moves();
        this.servers = follower.servers();
        this.say = say;
    }

    /**
     * @param campaign
     *            a campaign, or {@code null}
     * @return whether this console's accounts may change both ends of the campaign; a server not in the console's list
     *         is left for the server itself to refuse
     */
    boolean mayChange(FollowedCampaign campaign) {
        if (campaign == null || campaign.campaign() == null) {
            return false;
        }
        return mayChange(campaign.campaign().source()) && mayChange(campaign.campaign().target());
    }

    private boolean mayChange(MoveServer end) {
        ManagementServer server = servers.find(end);
        return server == null || AccountRoles.mayChange(server);
    }

    /** @return whether a wave can be confirmed: it finished and was not confirmed */
    static boolean confirmable(WaveRow row) {
        return row != null && row.status().state() == WaveState.FINISHED;
    }

    /** @return whether a wave's agents can be moved back: its move finished and some of them arrived */
    static boolean movableBack(WaveRow row) {
        return row != null && row.status().job() != null && row.status().job().finished()
                && row.status().arrived() > 0;
    }

    /** Asks, then records the confirmation of a finished wave. */
    void confirm(Shell shell, WaveRow row) {
        Wave wave = row.status().wave();
        if (!MessageDialog.openQuestion(shell, Messages.WaveCommands_confirmTitle,
                NLS.bind(Messages.WaveCommands_confirmQuestion, new Object[]{WaveLabels.name(wave),
                        Integer.valueOf(row.status().arrived()), Integer.valueOf(wave.agents().size()),
                        row.campaign().campaign().target().name()}))) {
            return;
        }
        UUID id = row.campaign().campaignId();
        new MoveCall<>(NLS.bind(Messages.WaveCommands_confirming, WaveLabels.name(wave)),
                monitor -> campaigns.runner().confirm(id, wave.number(), confirmer()), follower.sync(), confirmed -> {
                    Wave next = confirmed.current();
                    say.accept(next == null
                            ? NLS.bind(Messages.WaveCommands_confirmedLast, WaveLabels.name(wave))
                            : NLS.bind(Messages.WaveCommands_confirmed, WaveLabels.name(wave), WaveLabels.name(next)));
                    campaigns.read();
                }, this::failed).schedule();
    }

    /** Starts the campaign's next wave, or says why it cannot start yet. */
    void startNext(FollowedCampaign followed) {
        Campaign campaign = followed.campaign();
        ServerClient source = servers.client(servers.find(campaign.source()));
        ServerClient target = servers.client(servers.find(campaign.target()));
        if (source == null || target == null) {
            say.accept(notConnected(campaign.source(), campaign.target()));
            return;
        }
        UUID id = followed.campaignId();
        new MoveCall<>(NLS.bind(Messages.WaveCommands_starting, WaveLabels.describe(followed)), monitor -> {
            String refusal = campaigns.runner().nextRefusal(campaigns.journal().read(id));
            if (refusal != null) {
                throw new MigrationRefusedException(refusal);
            }
            return campaigns.runner().startNext(id, source, target, monitor);
        }, follower.sync(), this::started, this::failed).schedule();
    }

    private void started(WaveStart start) {
        Wave wave = start.wave();
        if (start.hasJob()) {
            follower.follow(wave.moveId());
            say.accept(NLS.bind(Messages.WaveCommands_started, WaveLabels.name(wave),
                    Integer.valueOf(wave.agents().size())));
        } else {
            say.accept(NLS.bind(Messages.WaveCommands_nothingToMove, WaveLabels.name(wave), wave.startNote()));
        }
        campaigns.read();
    }

    /**
     * Asks, then moves the agents of a finished wave back to the campaign's source, each into the domain it left; one
     * whose domain no longer exists there goes to the source's root if the administrator ticks that, else the move back
     * is refused with the domains missing.
     */
    void moveBack(Shell shell, WaveRow row) {
        Campaign campaign = row.campaign().campaign();
        WaveStatus status = row.status();
        MessageDialogWithToggle question = MessageDialogWithToggle.openYesNoQuestion(shell,
                Messages.WaveCommands_moveBackTitle,
                NLS.bind(Messages.WaveCommands_moveBackQuestion, new Object[]{Integer.valueOf(status.arrived()),
                        WaveLabels.name(status.wave()), campaign.target().name(), campaign.source().name()}),
                NLS.bind(Messages.WaveCommands_moveBackToRoot, campaign.source().name()), false, null, null);
        if (question.getReturnCode() != IDialogConstants.YES_ID) {
            return;
        }
        boolean missingDomainsToRoot = question.getToggleState();
        ServerClient from = servers.client(servers.find(campaign.target()));
        ServerClient to = servers.client(servers.find(campaign.source()));
        if (from == null || to == null) {
            say.accept(notConnected(campaign.source(), campaign.target()));
            return;
        }
        MoveBackRequest request = new MoveBackRequest(status.wave().moveId(), missingDomainsToRoot,
                campaign.deadlineDays(),
                campaign.offlineAgents(), campaign.cancelNotifications());
        new MoveCall<>(NLS.bind(Messages.WaveCommands_movingBack, WaveLabels.name(status.wave())), monitor -> {
            MoveBack back = new MoveBack(follower.journal(), from, to);
            MoveBackPlan plan = back.plan(request, monitor);
            List<UUID> jobs = back.record(plan);
            if (jobs.isEmpty()) {
                throw new MigrationRefusedException(Messages.WaveCommands_nothingToMoveBack);
            }
            return jobs;
        }, follower.sync(), jobs -> {
            jobs.forEach(follower::follow);
            say.accept(NLS.bind(Messages.WaveCommands_movingBackStarted, WaveLabels.name(status.wave()),
                    Integer.valueOf(jobs.size())));
            campaigns.read();
        }, this::failed).schedule();
    }

    private void failed(String failure) {
        if (failure != null) {
            say.accept(failure);
        }
        campaigns.read();
    }

    private static String notConnected(MoveServer source, MoveServer target) {
        return NLS.bind(Messages.WaveCommands_notConnected, source.name(), target.name());
    }

    /**
     * @return who confirms, for the campaign's record: the person signed in to this computer, as the command line says
     */
    private static String confirmer() {
        String user = System.getProperty("user.name"); //$NON-NLS-1$
        return user == null || user.isBlank() ? Messages.WaveCommands_someone : user;
    }
}
