package io.bulwark.ui.internal.moves;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.client.ServerClient;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignPlanner;
import io.bulwark.core.migration.CampaignRequest;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.Wave;
import io.bulwark.ui.WidgetIds;

/**
 * The wizard's plan when moving in waves: the campaign planned in a background job by {@link CampaignPlanner} (the
 * source read once, the agents pinned by id, the target domain checked), shown as the pilot and each wave with its
 * group and agents. Nothing changes on either server until Finish; each wave's move is planned when it starts.
 */
final class CampaignPage extends PlanningPage<Campaign> {

    private Label summary;
    private TableViewer waves;
    private Campaign campaign;

    CampaignPage(MoveChoice choice, MoveContext context) {
        super("campaign", choice, context); //$NON-NLS-1$
        setTitle(Messages.CampaignPage_title);
        setDescription(Messages.CampaignPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        progress = new PageProgress(page, context.sync(), WidgetIds.MOVE_CAMPAIGN_PROGRESS,
                WidgetIds.MOVE_CAMPAIGN_STOP);
        summary = new Label(page, SWT.WRAP);
        summary.setData(WidgetIds.KEY, WidgetIds.MOVE_CAMPAIGN_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        waves = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        waves.getTable().setData(WidgetIds.KEY, WidgetIds.MOVE_CAMPAIGN_WAVES);
        waves.getTable().setHeaderVisible(true);
        waves.getTable().setLinesVisible(true);
        waves.setContentProvider(ArrayContentProvider.getInstance());
        column(waves, Messages.CampaignPage_wave, 90, WaveLabels::name);
        column(waves, Messages.CampaignPage_group, 160, WaveLabels::group);
        column(waves, Messages.CampaignPage_part, 70, WaveLabels::part);
        column(waves, Messages.CampaignPage_agents, 60, (Wave wave) -> Integer.toString(wave.agents().size()));
        column(waves, Messages.CampaignPage_hosts, 380, WaveLabels::hosts);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(waves.getControl());
        setControl(page);
    }

    @Override
    protected MoveCall.Work<Campaign> planning(ServerClient source, ServerClient target) {
        CampaignRequest request;
        try {
            request = choice.campaignRequest();
        } catch (MigrationRefusedException e) {
            setErrorMessage(e.getMessage());
            return null;
        }
        return monitor -> new CampaignPlanner(source, target).plan(request, monitor);
    }

    @Override
    protected String planningName() {
        return NLS.bind(Messages.CampaignPage_planning, choice.source().getName(), choice.target().getName());
    }

    @Override
    protected void planned(Campaign result) {
        campaign = result;
        progress.idle(NLS.bind(Messages.PlanPage_planned, MoveLabels.time(result.createdAt())),
                Messages.PlanPage_planAgain, this::plan);
        summary.setText(WaveLabels.summary(result));
        waves.setInput(result.waves());
        setMessage(Messages.CampaignPage_ready, IMessageProvider.INFORMATION);
        summary.getParent().layout(true);
        refresh();
    }

    @Override
    protected void refresh() {
        setPageComplete(isReady());
    }

    /** @return whether the campaign can be recorded and its first wave started: planned, planning not running */
    boolean isReady() {
        return campaign != null && !progress.isRunning();
    }

    /** @return the campaign as planned, or {@code null} if none is ready */
    Campaign campaign() {
        return isReady() ? campaign : null;
    }

    /** Stops planning and forgets the campaign shown; nothing was reserved on the servers. */
    @Override
    protected void drop() {
        super.drop();
        campaign = null;
        if (waves != null && !waves.getControl().isDisposed()) {
            waves.setInput(new Object[0]);
            summary.setText(""); //$NON-NLS-1$
        }
    }

    @Override
    public void dispose() {
        drop();
        super.dispose();
    }
}
