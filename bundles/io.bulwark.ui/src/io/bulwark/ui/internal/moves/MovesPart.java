package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.components.AccountRoles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Two tabs. The first lists every job of the move journal (this console's and the command line's) with where it stands
 * and what the console does with it, and below, the selected job's agents with their state and reason. Cancel stops the
 * agents of a running move that have not relocated yet; Resume follows a job that stopped on a refusal again; Refresh
 * reads the journal and the campaigns again. Follows the {@link MoveFollower}: every step of a job shows as it is
 * taken. The second lists the migration campaigns with their waves and their commands ({@link CampaignsSection}).
 */
public class MovesPart {

    /** The part's id in the application model. */
    public static final String PART_ID = "io.bulwark.ui.part.moves"; //$NON-NLS-1$

    /** An agent of the selected job as the lower table shows it. */
    private record ItemRow(UUID id, String hostName, String ip, String state, String reason, String changed) {
    }

    @Inject
    private MoveFollower follower;

    @Inject
    private CampaignFollower campaigns;

    private CampaignsSection campaignSection;

    private TableViewer jobs;
    private TableViewer items;
    private Button cancel;
    private Button resume;
    private Label message;
    private final Runnable changed = this::refresh;

    /**
     * @param parts
     *            the window's part service
     */
    static void show(EPartService parts) {
        parts.showPart(PART_ID, PartState.ACTIVATE);
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        cancel = button(buttons, Messages.MovesPart_cancel, WidgetIds.MOVES_CANCEL, this::cancelSelected);
        resume = button(buttons, Messages.MovesPart_resume, WidgetIds.MOVES_RESUME, this::resumeSelected);
        button(buttons, Messages.MovesPart_refresh, WidgetIds.MOVES_REFRESH, () -> {
            follower.readJournal();
            campaigns.read();
        });
        message = new Label(buttons, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.MOVES_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);

        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        tabs.setData(WidgetIds.KEY, WidgetIds.MOVES_TABS);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        SashForm sash = new SashForm(tabs, SWT.VERTICAL);
        tab(tabs, Messages.MovesPart_jobsTab, sash);
        campaignSection = new CampaignsSection(tabs, campaigns, this::showMessage);
        tab(tabs, Messages.MovesPart_campaignsTab, campaignSection.control());
        jobs = table(sash, WidgetIds.MOVES_JOBS);
        jobs.setComparer(new IElementComparer() {
            /** A job is the same row whatever its last record; anything else (the input) compares as usual. */
            @Override
            public boolean equals(Object a, Object b) {
                if (a instanceof FollowedMove one && b instanceof FollowedMove other) {
                    return one.moveId().equals(other.moveId());
                }
                return Objects.equals(a, b);
            }

            @Override
            public int hashCode(Object element) {
                return element instanceof FollowedMove move ? move.moveId().hashCode() : Objects.hashCode(element);
            }
        });
        jobs.setContentProvider((IStructuredContentProvider) input -> follower.moves().toArray());
        column(jobs, Messages.MovesPart_move, 260, MovesPart::describe);
        column(jobs, Messages.MovesPart_state, 200, MoveLabels::progress);
        column(jobs, Messages.MovesPart_agents, 200,
                (FollowedMove move) -> move.job() == null ? "" : MoveLabels.counts(move.job())); //$NON-NLS-1$
        column(jobs, Messages.MovesPart_planned, 120,
                (FollowedMove move) -> move.job() == null ? "" : MoveLabels.time(move.job().plan().plannedAt())); //$NON-NLS-1$
        column(jobs, Messages.MovesPart_deadline, 120,
                (FollowedMove move) -> move.job() == null ? "" : MoveLabels.time(move.job().plan().deadline())); //$NON-NLS-1$
        column(jobs, Messages.MovesPart_problem, 300,
                (FollowedMove move) -> move.problem() == null ? "" : move.problem()); //$NON-NLS-1$
        jobs.setInput(follower);
        jobs.addSelectionChangedListener(event -> showSelected());

        items = table(sash, WidgetIds.MOVES_ITEMS);
        items.setContentProvider(ArrayContentProvider.getInstance());
        column(items, Messages.MovesPart_host, 160, ItemRow::hostName);
        column(items, Messages.MovesPart_address, 110, ItemRow::ip);
        column(items, Messages.MovesPart_itemState, 110, ItemRow::state);
        column(items, Messages.MovesPart_reason, 260, ItemRow::reason);
        column(items, Messages.MovesPart_changed, 120, ItemRow::changed);
        column(items, Messages.MovesPart_id, 260, (ItemRow row) -> row.id().toString());
        sash.setWeights(3, 2);

        follower.addListener(changed);
        refresh();
    }

    private static void tab(TabFolder tabs, String text, Control control) {
        TabItem tab = new TabItem(tabs, SWT.NONE);
        tab.setText(text);
        tab.setControl(control);
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static TableViewer table(Composite parent, String id) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData(WidgetIds.KEY, id);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                String value = text.apply((T) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }

    /** @return the move in a few words: from, to, domain */
    static String describe(FollowedMove move) {
        if (move.job() == null) {
            return move.moveId().toString();
        }
        MoveJobRecord job = move.job();
        return NLS.bind(Messages.MovesPart_describe, new Object[]{job.plan().source().name(),
                job.plan().target().name(), MoveLabels.domain(job.plan().targetDomainPath())});
    }

    private void refresh() {
        if (jobs.getControl().isDisposed()) {
            return;
        }
        jobs.refresh();
        String problem = follower.journalProblem();
        if (problem != null) {
            showMessage(problem);
        }
        showSelected();
    }

    private FollowedMove selected() {
        Object first = jobs.getStructuredSelection().getFirstElement();
        if (!(first instanceof FollowedMove chosen)) {
            return null;
        }
        return follower.moves().stream().filter(move -> move.moveId().equals(chosen.moveId())).findFirst()
                .orElse(null);
    }

    private void showSelected() {
        FollowedMove move = selected();
        items.setInput(move == null || move.job() == null ? List.of() : rows(move.job()));
        ManagementServer source = move == null ? null : follower.sourceOf(move.moveId());
        cancel.setEnabled(move != null && move.unfinished() && !move.job().cancelled()
                && (source == null || AccountRoles.mayChange(source)));
        resume.setEnabled(move != null && MoveLabels.resumable(move));
    }

    /** The job's agents: as the source reports them once the move started, else as planned. */
    private static List<ItemRow> rows(MoveJobRecord job) {
        Map<UUID, PlannedAgent> planned = job.plan().agents().stream()
                .collect(Collectors.toMap(PlannedAgent::id, agent -> agent, (a, b) -> a));
        List<ItemRow> rows = new ArrayList<>();
        if (job.items().isEmpty()) {
            for (UUID id : job.plan().namedAgents()) {
                PlannedAgent agent = planned.get(id);
                rows.add(new ItemRow(id, agent.hostName(), agent.ip(), MoveLabels.disposition(agent.disposition()),
                        "", "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return rows;
        }
        for (MoveItemProgress item : job.items()) {
            PlannedAgent agent = planned.get(item.agentId());
            rows.add(new ItemRow(item.agentId(), agent == null ? "" : agent.hostName(), //$NON-NLS-1$
                    agent == null ? "" : agent.ip(), MoveLabels.state(item.state()), //$NON-NLS-1$
                    item.reason() == null ? "" : item.reason(), MoveLabels.time(item.changedAt()))); //$NON-NLS-1$
        }
        return rows;
    }

    private void cancelSelected() {
        FollowedMove move = selected();
        if (move == null || !move.unfinished()) {
            return;
        }
        if (!MessageDialog.openQuestion(jobs.getControl().getShell(), Messages.MovesPart_cancelTitle,
                NLS.bind(Messages.MovesPart_cancelQuestion, describe(move)))) {
            return;
        }
        try {
            follower.requestCancel(move.moveId());
            showMessage(NLS.bind(Messages.MovesPart_cancelling, describe(move)));
        } catch (MoveException e) {
            showMessage(e.getMessage());
        }
    }

    private void resumeSelected() {
        FollowedMove move = selected();
        if (move != null && MoveLabels.resumable(move)) {
            follower.follow(move.moveId());
            showMessage(NLS.bind(Messages.MovesPart_resumed, describe(move)));
        }
    }

    private void showMessage(String text) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text == null ? "" : text); //$NON-NLS-1$
        message.getParent().layout(true);
    }

    @Focus
    public void setFocus() {
        jobs.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        follower.removeListener(changed);
        campaignSection.dispose();
    }
}
