package io.bulwark.ui.internal.moves;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.AgentLists;
import io.bulwark.core.move.ListProblem;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.client.ServerClient;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.components.AccountRoles;
import io.bulwark.ui.internal.moves.MoveChoice.AgentSource;

/**
 * The wizard's first page: which agents (the tree's selection, the filter's result, or a list file of host names,
 * addresses and ids whose bad lines are shown and never guessed at), which target server and domain, and how: offline
 * agents wait or are skipped, the deadline, cancelling notifications queued on the source (offered when there are any
 * for the agents), replicating the source's domain structure first; and whether to move them in waves
 * ({@link WavesGroup}).
 */
final class ChoosePage extends WizardPage {

    private static final String[] LIST_EXTENSIONS = {"*.txt", "*.csv", "*"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final MoveChoice choice;
    private final MoveContext context;
    private Button fromList;
    private Text listFile;
    private org.eclipse.swt.widgets.List listProblems;
    private ComboViewer targets;
    private ComboViewer domains;
    private Button cancelNotifications;
    private Button scanMethodOnly;
    private Button everySetting;
    private WavesGroup waves;
    private PageProgress progress;
    private boolean listReading;
    private List<UUID> checkedAgents;
    private MoveCall<Integer> notificationCheck;
    private String notificationProblem;

    ChoosePage(MoveChoice choice, MoveContext context) {
        super("choose"); //$NON-NLS-1$
        this.choice = choice;
        this.context = context;
        setTitle(Messages.ChoosePage_title);
        setDescription(NLS.bind(Messages.ChoosePage_description, choice.source().getName()));
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label source = new Label(page, SWT.WRAP);
        source.setData(WidgetIds.KEY, WidgetIds.MOVE_SOURCE);
        source.setText(NLS.bind(Messages.ChoosePage_source, choice.source().getName()));
        createAgents(page);
        createTarget(page);
        createOptions(page);
        waves = new WavesGroup(page, choice.waves(), this::validate);
        progress = new PageProgress(page, context.sync(), WidgetIds.MOVE_CHOOSE_PROGRESS, WidgetIds.MOVE_CHOOSE_STOP);
        setControl(page);
        chooseTarget(choice.target() != null ? choice.target() : firstTarget());
        validate();
    }

    private void createAgents(Composite page) {
        Group group = group(page, Messages.ChoosePage_agents, 3);
        Button fromSelection = radio(group, NLS.bind(Messages.ChoosePage_fromSelection,
                Integer.valueOf(choice.selectedCount())), WidgetIds.MOVE_AGENTS_SELECTION, 3);
        fromSelection.setSelection(choice.agentSource() == AgentSource.SELECTION);
        fromSelection.setEnabled(choice.selectedCount() > 0);
        Button fromFilter = radio(group, choice.filter().showsAll()
                ? Messages.ChoosePage_noFilter
                : NLS.bind(Messages.ChoosePage_fromFilter, new Object[]{Integer.valueOf(choice.filteredCount()),
                        MoveLabels.filter(choice.filter()), choice.source().getName()}),
                WidgetIds.MOVE_AGENTS_FILTER, 3);
        fromFilter.setSelection(choice.agentSource() == AgentSource.FILTER);
        fromFilter.setEnabled(choice.filteredCount() > 0);
        fromList = radio(group, Messages.ChoosePage_fromList, WidgetIds.MOVE_AGENTS_LIST, 1);
        fromList.setSelection(choice.agentSource() == AgentSource.LIST);
        listFile = new Text(group, SWT.BORDER | SWT.READ_ONLY);
        listFile.setData(WidgetIds.KEY, WidgetIds.MOVE_LIST_FILE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(listFile);
        Button chooseList = new Button(group, SWT.PUSH);
        chooseList.setData(WidgetIds.KEY, WidgetIds.MOVE_LIST_CHOOSE);
        chooseList.setText(Messages.ChoosePage_chooseList);
        chooseList.addListener(SWT.Selection, event -> chooseList());
        listProblems = new org.eclipse.swt.widgets.List(group, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        listProblems.setData(WidgetIds.KEY, WidgetIds.MOVE_LIST_PROBLEMS);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).exclude(true)
                .applyTo(listProblems);
        listProblems.setVisible(false);
        fromSelection.addListener(SWT.Selection, event -> agentSource(AgentSource.SELECTION, fromSelection));
        fromFilter.addListener(SWT.Selection, event -> agentSource(AgentSource.FILTER, fromFilter));
        fromList.addListener(SWT.Selection, event -> agentSource(AgentSource.LIST, fromList));
    }

    private void createTarget(Composite page) {
        Group group = group(page, Messages.ChoosePage_target, 4);
        new Label(group, SWT.NONE).setText(Messages.ChoosePage_targetServer);
        targets = combo(group, WidgetIds.MOVE_TARGET_SERVER);
        targets.setInput(targetServers());
        targets.addSelectionChangedListener(event -> chooseTarget(
                (ManagementServer) event.getStructuredSelection().getFirstElement()));
        new Label(group, SWT.NONE).setText(Messages.ChoosePage_targetDomain);
        domains = combo(group, WidgetIds.MOVE_TARGET_DOMAIN);
        domains.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return MoveLabels.domain((String) element);
            }
        });
        domains.addSelectionChangedListener(event -> {
            Object path = event.getStructuredSelection().getFirstElement();
            choice.targetDomainPath(path == null ? "" : (String) path); //$NON-NLS-1$
        });
    }

    private void createOptions(Composite page) {
        Group group = group(page, Messages.ChoosePage_options, 3);
        new Label(group, SWT.NONE).setText(Messages.ChoosePage_offline);
        Composite offline = row(group, 2);
        Button wait = radioIn(offline, Messages.ChoosePage_offlineWait, WidgetIds.MOVE_OFFLINE_WAIT);
        Button skip = radioIn(offline, Messages.ChoosePage_offlineSkip, WidgetIds.MOVE_OFFLINE_SKIP);
        wait.setSelection(!choice.skipOffline());
        skip.setSelection(choice.skipOffline());
        skip.addListener(SWT.Selection, event -> choice.skipOffline(skip.getSelection()));
        new Label(group, SWT.NONE).setText(Messages.ChoosePage_deadline);
        Spinner deadline = new Spinner(group, SWT.BORDER);
        deadline.setData(WidgetIds.KEY, WidgetIds.MOVE_DEADLINE);
        deadline.setValues(choice.deadlineDays(), 1, MoveTicketRequest.MAX_DEADLINE_DAYS, 0, 1, 7);
        deadline.addListener(SWT.Modify, event -> choice.deadlineDays(deadline.getSelection()));
        new Label(group, SWT.NONE).setText(Messages.ChoosePage_days);
        cancelNotifications = check(group, "", WidgetIds.MOVE_CANCEL_NOTIFICATIONS); //$NON-NLS-1$
        cancelNotifications.setSelection(choice.cancelNotifications());
        cancelNotifications.addListener(SWT.Selection,
                event -> choice.cancelNotifications(cancelNotifications.getSelection()));
        show(cancelNotifications, false);
        Button replicate = check(group, Messages.ChoosePage_replicate, WidgetIds.MOVE_REPLICATE);
        Composite copied = row(group, 3);
        GridDataFactory.fillDefaults().span(3, 1).indent(20, 0).applyTo(copied);
        scanMethodOnly = radioIn(copied, Messages.ChoosePage_scanMethodOnly, WidgetIds.MOVE_REPLICATE_SCAN_METHOD);
        everySetting = radioIn(copied, Messages.ChoosePage_everySetting, WidgetIds.MOVE_REPLICATE_ALL);
        scanMethodOnly.setSelection(true);
        replicate.addListener(SWT.Selection, event -> {
            choice.replicate(replicate.getSelection());
            scanMethodOnly.setEnabled(choice.replicate());
            everySetting.setEnabled(choice.replicate());
            validate();
        });
        everySetting.addListener(SWT.Selection, event -> choice.allSettings(everySetting.getSelection()));
        scanMethodOnly.setEnabled(false);
        everySetting.setEnabled(false);
    }

    private void agentSource(AgentSource chosen, Button button) {
        if (!button.getSelection()) {
            return;
        }
        choice.agentSource(chosen);
        if (chosen == AgentSource.LIST && choice.listFile() == null) {
            chooseList();
        }
        validate();
    }

    private void chooseList() {
        Path file = context.files().chooseFileToRead(getShell(), Messages.ChoosePage_listTitle, LIST_EXTENSIONS);
        if (file == null) {
            validate();
            return;
        }
        ServerClient client = context.servers().client(choice.source());
        if (client == null) {
            setErrorMessage(NLS.bind(Messages.ChoosePage_sourceNotConnected, choice.source().getName()));
            return;
        }
        progress.stop();
        fromList.setSelection(true);
        choice.agentSource(AgentSource.LIST);
        choice.list(file, null, null);
        listFile.setText(file.toString());
        showProblems(List.of());
        listReading = true;
        record Read(AgentListImport imported, String origin) {
        }
        progress.start(new MoveCall<>(NLS.bind(Messages.ChoosePage_readingList, file, choice.source().getName()),
                monitor -> new Read(AgentLists.read(file, client, monitor), AgentLists.origin(file)), context.sync(),
                read -> {
                    if (!Objects.equals(choice.listFile(), file) || listFile.isDisposed()) {
                        return;
                    }
                    listRead();
                    choice.list(file, read.imported(), read.origin());
                    showProblems(read.imported().problems().stream().map(ListProblem::message).toList());
                    validate();
                }, failure -> {
                    if (!Objects.equals(choice.listFile(), file) || listFile.isDisposed()) {
                        return;
                    }
                    listRead();
                    choice.list(null, null, null);
                    if (!listFile.isDisposed()) {
                        listFile.setText(""); //$NON-NLS-1$
                    }
                    validate();
                    if (failure != null && !listFile.isDisposed()) {
                        setErrorMessage(failure);
                    }
                }).showingProgressIn(progress));
        validate();
    }

    private void listRead() {
        listReading = false;
        if (!listFile.isDisposed()) {
            progress.idle("", null, null); //$NON-NLS-1$
        }
    }

    private void showProblems(List<String> problems) {
        if (listProblems.isDisposed()) {
            return;
        }
        listProblems.setItems(problems.toArray(String[]::new));
        show(listProblems, !problems.isEmpty());
    }

    private void chooseTarget(ManagementServer target) {
        ManagementServer chosen = targetServers().contains(target) ? target : null;
        choice.target(chosen);
        if (chosen != null && chosen != targets.getStructuredSelection().getFirstElement()) {
            targets.setSelection(new StructuredSelection(chosen));
            return;
        }
        List<String> paths = chosen == null ? List.<String>of() : MoveLabels.domainPaths(chosen);
        domains.setInput(paths);
        String wanted = paths.contains(choice.targetDomainPath()) ? choice.targetDomainPath() : ""; //$NON-NLS-1$
        if (!paths.isEmpty()) {
            domains.setSelection(new StructuredSelection(wanted));
        }
        choice.targetDomainPath(wanted);
        validate();
    }

    private ManagementServer firstTarget() {
        List<ManagementServer> servers = targetServers();
        return servers.isEmpty() ? null : servers.get(0);
    }

    /** @return the connected servers other than the source */
    private List<ManagementServer> targetServers() {
        List<ManagementServer> servers = new ArrayList<>();
        for (ManagementServer server : context.servers().all()) {
            if (server != choice.source() && server.getState() == ConnectionState.CONNECTED
                    && server.getAgentTree() != null) {
                servers.add(server);
            }
        }
        return servers;
    }

    /** Checks the choice, says what is missing, and counts notifications queued for new agents. */
    void validate() {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        String problem = problem();
        waves.showProblem(choice.waves().problem(choice.agentIds().size()));
        setErrorMessage(problem);
        boolean checking = problem == null && checkNotifications();
        if (checking) {
            setMessage(Messages.ChoosePage_checkingNotifications);
        } else if (problem == null && notificationProblem != null) {
            setMessage(notificationProblem, IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(problem == null && !checking && !listReading);
    }

    private String problem() {
        ManagementServer source = choice.source();
        if (source.getState() != ConnectionState.CONNECTED) {
            return NLS.bind(Messages.ChoosePage_sourceNotConnected, source.getName());
        }
        if (!AccountRoles.mayChange(source)) {
            return NLS.bind(Messages.ChoosePage_readOnlySource, source.getName());
        }
        if (listReading) {
            return null;
        }
        AgentListImport imported = choice.imported();
        if (choice.agentSource() == AgentSource.LIST && imported != null && !imported.isClean()) {
            return NLS.bind(Messages.ChoosePage_listProblems, Integer.valueOf(imported.problems().size()));
        }
        if (choice.agentIds().isEmpty()) {
            return choice.agentSource() == AgentSource.LIST && choice.listFile() == null
                    ? Messages.ChoosePage_chooseAList
                    : Messages.ChoosePage_noAgents;
        }
        if (choice.target() == null) {
            return targetServers().isEmpty() ? Messages.ChoosePage_noTargets : Messages.ChoosePage_chooseTarget;
        }
        if (!AccountRoles.mayChange(choice.target())) {
            return NLS.bind(Messages.ChoosePage_readOnlyTarget, choice.target().getName());
        }
        if (choice.waves().enabled() && choice.replicate()) {
            return Messages.ChoosePage_wavesWithoutReplication;
        }
        return choice.waves().problem(choice.agentIds().size());
    }

    /** @return whether the notification queue is being read for the chosen agents */
    private boolean checkNotifications() {
        List<UUID> agents = choice.agentIds();
        if (agents.equals(checkedAgents)) {
            return notificationCheck != null;
        }
        ServerClient client = context.servers().client(choice.source());
        if (client == null) {
            return false;
        }
        checkedAgents = agents;
        if (notificationCheck != null) {
            notificationCheck.cancel();
        }
        MoveCall<Integer> check = new MoveCall<>(
                NLS.bind(Messages.ChoosePage_checkNotifications, choice.source().getName()),
                monitor -> Integer.valueOf(MovePlanner.pendingNotifications(client, agents, monitor)),
                context.sync(), count -> notificationsCounted(agents, count.intValue(), null),
                failure -> notificationsCounted(agents, 0, failure));
        notificationCheck = check;
        check.schedule();
        return true;
    }

    private void notificationsCounted(List<UUID> agents, int count, String failure) {
        if (!agents.equals(checkedAgents) || cancelNotifications.isDisposed()) {
            return;
        }
        notificationCheck = null;
        notificationProblem = failure == null ? null : NLS.bind(Messages.ChoosePage_notificationsUnknown, failure);
        choice.pendingNotifications(count);
        cancelNotifications.setText(NLS.bind(Messages.ChoosePage_cancelNotifications, Integer.valueOf(count),
                choice.source().getName()));
        show(cancelNotifications, count > 0);
        validate();
    }

    @Override
    public void dispose() {
        if (notificationCheck != null) {
            notificationCheck.cancel();
        }
        if (progress != null) {
            progress.stop();
        }
        super.dispose();
    }

    private static Group group(Composite page, String title, int columns) {
        Group group = new Group(page, SWT.NONE);
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        return group;
    }

    private static Button radio(Composite parent, String text, String id, int span) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
        return button;
    }

    /** A row of its own, so that radio buttons in it form a group of their own. */
    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
        GridDataFactory.fillDefaults().span(columns == 2 ? 2 : 1, 1).applyTo(row);
        return row;
    }

    private static Button radioIn(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        return button;
    }

    private static Button check(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
        return button;
    }

    private static ComboViewer combo(Composite parent, String id) {
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.getCombo().setData(WidgetIds.KEY, id);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ManagementServer) element).getName();
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        return viewer;
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        Object data = control.getLayoutData();
        if (data instanceof GridData grid) {
            grid.exclude = !visible;
        }
        control.getParent().getParent().layout(true, true);
    }
}
