package io.bulwark.ui.internal.moves;

import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
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
final class CampaignPage extends WizardPage {

    private final MoveChoice choice;
    private final MoveContext context;
    private PageProgress progress;
    private Label summary;
    private TableViewer waves;
    private Campaign campaign;
    private int generation;

    CampaignPage(MoveChoice choice, MoveContext context) {
        super("campaign"); //$NON-NLS-1$
        this.choice = choice;
        this.context = context;
        setTitle(Messages.CampaignPage_title);
        setDescription(Messages.CampaignPage_description);
        setPageComplete(false);
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
        column(Messages.CampaignPage_wave, 90, WaveLabels::name);
        column(Messages.CampaignPage_group, 160, WaveLabels::group);
        column(Messages.CampaignPage_part, 70, WaveLabels::part);
        column(Messages.CampaignPage_agents, 60, wave -> Integer.toString(wave.agents().size()));
        column(Messages.CampaignPage_hosts, 380, WaveLabels::hosts);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(waves.getControl());
        setControl(page);
    }

    private void column(String title, int width, Function<Wave, String> text) {
        TableViewerColumn column = new TableViewerColumn(waves, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Wave) element);
            }
        });
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            plan();
        } else {
            drop();
        }
    }

    /** Plans the campaign as chosen on the first page, in the background. */
    private void plan() {
        drop();
        ServerClient source = context.servers().client(choice.source());
        ServerClient target = choice.target() == null ? null : context.servers().client(choice.target());
        if (source == null || target == null) {
            progress.idle(Messages.PlanPage_notConnected, Messages.PlanPage_planAgain, this::plan);
            setErrorMessage(Messages.PlanPage_notConnected);
            return;
        }
        CampaignRequest request;
        try {
            request = choice.campaignRequest();
        } catch (MigrationRefusedException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        int mine = ++generation;
        setErrorMessage(null);
        setMessage(null);
        progress.start(new MoveCall<>(NLS.bind(Messages.CampaignPage_planning, choice.source().getName(),
                choice.target().getName()), monitor -> new CampaignPlanner(source, target).plan(request, monitor),
                context.sync(), result -> planned(mine, result), failure -> notPlanned(mine, failure))
                .showingProgressIn(progress));
        setPageComplete(false);
    }

    private void planned(int of, Campaign result) {
        if (of != generation || getControl().isDisposed()) {
            return;
        }
        campaign = result;
        progress.idle(NLS.bind(Messages.PlanPage_planned, MoveLabels.time(result.createdAt())),
                Messages.PlanPage_planAgain, this::plan);
        summary.setText(WaveLabels.summary(result));
        waves.setInput(result.waves());
        setMessage(Messages.CampaignPage_ready, IMessageProvider.INFORMATION);
        summary.getParent().layout(true);
        setPageComplete(isReady());
    }

    private void notPlanned(int of, String failure) {
        if (of != generation || getControl().isDisposed()) {
            return;
        }
        progress.idle(failure == null ? Messages.PlanPage_stopped : Messages.PlanPage_failed,
                Messages.PlanPage_planAgain, this::plan);
        if (failure != null) {
            setErrorMessage(failure);
        }
        setPageComplete(false);
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
    private void drop() {
        generation++;
        campaign = null;
        if (progress != null) {
            progress.stop();
            progress.idle("", null, null); //$NON-NLS-1$
        }
        if (waves != null && !waves.getControl().isDisposed()) {
            waves.setInput(new Object[0]);
            summary.setText(""); //$NON-NLS-1$
        }
        setPageComplete(false);
    }

    @Override
    public void dispose() {
        drop();
        super.dispose();
    }
}
