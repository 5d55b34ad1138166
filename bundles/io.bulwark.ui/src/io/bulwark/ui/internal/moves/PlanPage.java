package io.bulwark.ui.internal.moves;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanFile;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.ui.WidgetIds;

/**
 * The wizard's second page: the move planned in a background job before anything happens. It shows exactly which agents
 * (pinned by id) move now, wait or are skipped, whether the target is ready (its ticket obtained), the target's load
 * afterwards, the settings that differ on arrival, the structure to replicate, the deadline and an estimate; the plan
 * can be saved for review. Going back, planning again or leaving the wizard gives the reserved ticket back.
 */
final class PlanPage extends PlanningPage<Planned> {

    private static final String[] PLAN_EXTENSIONS = {"*.json", "*"}; //$NON-NLS-1$ //$NON-NLS-2$

    private Label summary;
    private Label readiness;
    private TableViewer agents;
    private Text details;
    private Button save;
    private Planned planned;
    private boolean closed;

    PlanPage(MoveChoice choice, MoveContext context) {
        super("plan", choice, context); //$NON-NLS-1$
        setTitle(Messages.PlanPage_title);
        setDescription(Messages.PlanPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        progress = new PageProgress(page, context.sync(), WidgetIds.MOVE_PLAN_PROGRESS, WidgetIds.MOVE_PLAN_STOP);
        summary = new Label(page, SWT.WRAP);
        summary.setData(WidgetIds.KEY, WidgetIds.MOVE_PLAN_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        readiness = new Label(page, SWT.WRAP);
        readiness.setData(WidgetIds.KEY, WidgetIds.MOVE_PLAN_READINESS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(readiness);
        createAgentTable(page);
        details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        details.setData(WidgetIds.KEY, WidgetIds.MOVE_PLAN_DETAILS);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(details);
        save = new Button(page, SWT.PUSH);
        save.setData(WidgetIds.KEY, WidgetIds.MOVE_PLAN_SAVE);
        save.setText(Messages.PlanPage_save);
        save.addListener(SWT.Selection, event -> savePlan());
        save.setEnabled(false);
        setControl(page);
    }

    private void createAgentTable(Composite page) {
        agents = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        agents.getTable().setData(WidgetIds.KEY, WidgetIds.MOVE_PLAN_AGENTS);
        agents.getTable().setHeaderVisible(true);
        agents.getTable().setLinesVisible(true);
        agents.setContentProvider(ArrayContentProvider.getInstance());
        column(agents, Messages.PlanPage_host, 140, PlannedAgent::hostName);
        column(agents, Messages.PlanPage_address, 110, PlannedAgent::ip);
        column(agents, Messages.PlanPage_status, 70,
                (PlannedAgent agent) -> agent.status() == null ? "" : MoveLabels.agentStatus(agent.status())); //$NON-NLS-1$
        column(agents, Messages.PlanPage_domain, 100, (PlannedAgent agent) -> MoveLabels.domain(agent.domainPath()));
        column(agents, Messages.PlanPage_disposition, 130,
                (PlannedAgent agent) -> MoveLabels.disposition(agent.disposition()));
        column(agents, Messages.PlanPage_id, 260, (PlannedAgent agent) -> agent.id().toString());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 150).applyTo(agents.getControl());
    }

    @Override
    protected MoveCall.Work<Planned> planning(ServerClient source, ServerClient target) {
        MovePlanRequest request = choice.request();
        boolean replicate = choice.replicate();
        boolean allSettings = choice.allSettings();
        return monitor -> Planned.plan(source, target, request, replicate, allSettings, monitor);
    }

    @Override
    protected String planningName() {
        return NLS.bind(Messages.PlanPage_planning, choice.source().getName(), choice.target().getName());
    }

    @Override
    protected void planned(Planned result) {
        planned = result;
        MovePlan plan = result.plan();
        progress.idle(NLS.bind(Messages.PlanPage_planned, MoveLabels.time(plan.plannedAt())),
                Messages.PlanPage_planAgain, this::plan);
        summary.setText(PlanTexts.summary(plan));
        readiness.setText(PlanTexts.readiness(plan));
        agents.setInput(plan.agents());
        details.setText(PlanTexts.details(plan, result.structure()));
        if (!plan.readiness().ready()) {
            setErrorMessage(NLS.bind(Messages.PlanPage_notReady, plan.readiness().problem()));
        } else {
            setMessage(Messages.PlanPage_ready, IMessageProvider.INFORMATION);
        }
        refresh();
    }

    /** A plan that came back too late reserved a ticket nobody uses: it is given back. */
    @Override
    protected void stale(Planned result) {
        giveBack(result);
    }

    @Override
    protected boolean isClosed() {
        return closed;
    }

    @Override
    protected void refresh() {
        save.setEnabled(planned != null);
        summary.getParent().layout(true);
        setPageComplete(isReady());
    }

    /** @return whether the move can start: planned, the target ready, planning not running */
    boolean isReady() {
        return planned != null && planned.plan().readiness().ready() && !progress.isRunning();
    }

    /**
     * Hands the plan over to be carried out: this page will not give its ticket back.
     *
     * @return the plans, or {@code null} if none is ready
     */
    Planned takePlan() {
        if (!isReady()) {
            return null;
        }
        Planned taken = planned;
        planned = null;
        closed = true;
        return taken;
    }

    /** The wizard closes: stop planning and give back a ticket that will not be used. */
    void close() {
        closed = true;
        drop();
    }

    /** Stops planning, forgets the plan shown and gives its ticket back. */
    @Override
    protected void drop() {
        super.drop();
        if (planned != null) {
            giveBack(planned);
            planned = null;
        }
        if (agents != null && !agents.getControl().isDisposed()) {
            agents.setInput(new Object[0]);
            summary.setText(""); //$NON-NLS-1$
            readiness.setText(""); //$NON-NLS-1$
            details.setText(""); //$NON-NLS-1$
            save.setEnabled(false);
        }
    }

    private void giveBack(Planned result) {
        MovePlan plan = result.plan();
        if (plan.readiness().ticketId() == null) {
            return;
        }
        new MoveCall<>(NLS.bind(Messages.PlanPage_givingBack, plan.target().name()), monitor -> {
            new MovePlanner(result.source(), result.target()).releaseTicket(plan, monitor);
            return plan;
        }, context.sync(), given -> {
            // the target expects nobody now
        }, failure -> ILog.of(PlanPage.class).warn(NLS.bind(Messages.PlanPage_ticketKept, plan.target().name(),
                MoveLabels.time(plan.deadline())))).schedule();
    }

    private void savePlan() {
        if (planned == null) {
            return;
        }
        MovePlan plan = planned.plan();
        Path file = context.files().chooseFileToWrite(getShell(), Messages.PlanPage_saveTitle, PLAN_EXTENSIONS,
                NLS.bind(Messages.PlanPage_saveName, LocalDate.now()));
        if (file == null) {
            return;
        }
        new MoveCall<>(NLS.bind(Messages.PlanPage_saving, file), monitor -> {
            MovePlanFile.save(plan, file);
            return file;
        }, context.sync(), saved -> {
            if (getControl() != null && !getControl().isDisposed()) {
                setMessage(NLS.bind(Messages.PlanPage_saved, saved), IMessageProvider.INFORMATION);
            }
        }, failure -> {
            if (failure != null && getControl() != null && !getControl().isDisposed()) {
                MessageDialog.openError(getShell(), Messages.PlanPage_saveFailed, failure);
            }
        }).schedule();
    }

    @Override
    public void dispose() {
        close();
        super.dispose();
    }
}
