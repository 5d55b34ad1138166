package io.bulwark.ui.internal.moves;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.WaveStart;

/**
 * Starts a planned campaign in the background, as {@code bulwark move --waves} does: records it in the shared journal's
 * campaigns, then starts its first wave (the pilot, if any) as an ordinary move job, which the {@link MoveFollower}
 * carries out from there. A campaign recorded whose first wave could not start stays in the journal; the Moves part
 * shows it and starts the wave with Start Next Wave.
 */
final class StartCampaign {

    private final MoveContext context;
    private final ServerClient source;
    private final ServerClient target;
    private final Campaign campaign;
    private final Shell shell;

    StartCampaign(MoveContext context, ServerClient source, ServerClient target, Campaign campaign, Shell shell) {
        this.context = context;
        this.source = source;
        this.target = target;
        this.campaign = campaign;
        this.shell = shell.getParent() instanceof Shell parent ? parent : shell;
    }

    void schedule() {
        CampaignFollower campaigns = context.campaigns();
        new MoveCall<>(NLS.bind(Messages.StartCampaign_name, new Object[]{Integer.valueOf(campaign.agentCount()),
                campaign.source().name(), campaign.target().name()}), monitor -> {
                    monitor.setWorkRemaining(2);
                    campaigns.journal().create(campaign);
                    monitor.worked(1);
                    return campaigns.runner().startNext(campaign.campaignId(), source, target, monitor.split(1));
                }, context.sync(), this::started, this::failed).schedule();
    }

    private void started(WaveStart start) {
        if (start.hasJob()) {
            context.follower().follow(start.wave().moveId());
        }
        context.campaigns().read();
    }

    private void failed(String failure) {
        context.campaigns().read();
        if (failure != null && !shell.isDisposed()) {
            MessageDialog.openError(shell, Messages.StartCampaign_failedTitle, failure);
        }
    }
}
