package io.bulwark.ui.internal.components;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.core.ModelExecutor;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.AccountRole;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A server's components (pattern files and engines) with their versions, the agents behind them, and the notification
 * queue: "update server now" fetches from the server's update source, "notify agents" queues notifications for the
 * agents out of date, and queued notifications can be cancelled (the step before moving agents). Every call runs as a
 * job; operators see everything and change nothing.
 */
public class ComponentsPart {

    /** The part's id in the application model. */
    public static final String ID = "io.bulwark.ui.part.components"; //$NON-NLS-1$

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    @Service
    private ModelExecutor modelExecutor;

    @Inject
    private UISynchronize sync;

    private ConnectedServerChooser chooser;
    private Button refreshButton;
    private Button updateButton;
    private Button notifyButton;
    private Button cancelButton;
    private TableViewer componentsViewer;
    private Label outdatedSummary;
    private TableViewer outdatedViewer;
    private Label queueSummary;
    private TableViewer queueViewer;
    private Label message;
    private ComponentCommands commands;
    private ScrolledContent content;
    private Composite part;
    private ManagementServer shown;
    private boolean busy;

    @PostConstruct
    public void createControls(Composite part) {
        this.part = part;
        content = new ScrolledContent(part, 2);
        Composite parent = content.body();
        chooser = new ConnectedServerChooser(parent, servers.getRegistry(), sync, WidgetIds.COMPONENTS_SERVER,
                this::serverChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.viewer().getControl());
        commands = new ComponentCommands(connections, modelExecutor, sync);

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        refreshButton = button(buttons, Messages.ComponentsPart_refresh, WidgetIds.COMPONENTS_REFRESH, this::refresh);
        updateButton = button(buttons, Messages.ComponentsPart_updateServer, WidgetIds.COMPONENTS_UPDATE_SERVER,
                this::updateServerNow);
        notifyButton = button(buttons, Messages.ComponentsPart_notifyAgents, WidgetIds.COMPONENTS_NOTIFY_AGENTS,
                this::notifyAgents);
        cancelButton = button(buttons, Messages.ComponentsPart_cancelNotifications,
                WidgetIds.COMPONENTS_CANCEL_NOTIFICATIONS, this::cancelNotifications);

        componentsViewer = Columns.table(parent, SWT.SINGLE, WidgetIds.COMPONENTS_TABLE, 90);
        Columns.add(componentsViewer, Messages.ComponentsPart_columnComponent, 180, Component.class,
                Component::displayName);
        Columns.add(componentsViewer, Messages.ComponentsPart_columnVersion, 80, Component.class,
                component -> Long.toString(component.version()));
        Columns.add(componentsViewer, Messages.ComponentsPart_columnUpdated, 160, Component.class,
                component -> Columns.time(component.updatedAt()));

        outdatedSummary = label(parent, WidgetIds.COMPONENTS_OUTDATED_SUMMARY);
        outdatedViewer = Columns.table(parent, SWT.SINGLE, WidgetIds.COMPONENTS_OUTDATED_TABLE, 70);
        Columns.add(outdatedViewer, Messages.ComponentsPart_columnAgent, 150, ServerFreshness.OutdatedAgent.class,
                outdated -> outdated.agent().getHostName());
        Columns.add(outdatedViewer, Messages.ComponentsPart_columnBehind, 300, ServerFreshness.OutdatedAgent.class,
                ServerFreshness.OutdatedAgent::behind);

        queueSummary = label(parent, WidgetIds.COMPONENTS_QUEUE_SUMMARY);
        queueViewer = Columns.table(parent, SWT.MULTI, WidgetIds.COMPONENTS_NOTIFICATIONS, 70);
        Columns.add(queueViewer, Messages.ComponentsPart_columnAgent, 150, Notification.class,
                Notification::hostName);
        Columns.add(queueViewer, Messages.ComponentsPart_columnQueued, 160, Notification.class,
                notification -> Columns.time(notification.createdAt()));
        Columns.add(queueViewer, Messages.ComponentsPart_columnComponents, 300, Notification.class,
                notification -> notification.components().stream()
                        .map(component -> component.name() + ' ' + component.version())
                        .collect(Collectors.joining(", "))); //$NON-NLS-1$
        queueViewer.addSelectionChangedListener(event -> enable());

        message = label(parent, WidgetIds.COMPONENTS_MESSAGE);
        serverChanged(chooser.chosen());
        enable();
        content.layout();
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static Label label(Composite parent, String id) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(label);
        return label;
    }

    /** Shows the server another part selected, if it is connected. */
    @Inject
    @Optional
    void followSelectedServer(@Named(IServiceConstants.ACTIVE_SELECTION) ManagementServer server) {
        if (chooser != null) {
            chooser.show(server);
        }
    }

    private void serverChanged(ManagementServer server) {
        if (message == null || message.isDisposed()) {
            return;
        }
        if (server != shown) {
            shown = server;
            componentsViewer.setInput(List.of());
            outdatedViewer.setInput(List.of());
            queueViewer.setInput(List.of());
            outdatedSummary.setText(""); //$NON-NLS-1$
            queueSummary.setText(""); //$NON-NLS-1$
            message.setText(""); //$NON-NLS-1$
            if (server != null) {
                refresh();
            }
        }
        enable();
    }

    /** Reads the chosen server's components, notification queue and agents' component versions again. */
    public void refresh() {
        refresh(null);
    }

    /**
     * Reads the chosen server again.
     *
     * @param outcome
     *            the outcome of the command before, shown once the read is done, or {@code null}
     */
    private void refresh(String outcome) {
        ManagementServer server = shown;
        if (server == null || !start()) {
            return;
        }
        commands.refresh(server, state -> {
            show(server, state);
            finish(server, outcome != null ? outcome : NLS.bind(Messages.ComponentsPart_refreshed, server.getName()));
        }, this::failed);
    }

    /** "Update server now" on the chosen server: fetches its components from its update source. */
    public void updateServerNow() {
        ManagementServer server = shown;
        if (!AccountRoles.mayChange(server) || !start()) {
            return;
        }
        commands.updateServer(server, run -> {
            busy = false;
            message.setText(ComponentCommands.describe(run));
            enable();
            if (ComponentUpdateJob.SUCCEEDED.equals(run.state())) {
                refresh(message.getText());
            }
        }, this::failed);
    }

    /** "Notify agents": queues a notification for every agent of the chosen server out of date. */
    public void notifyAgents() {
        ManagementServer server = shown;
        if (!AccountRoles.mayChange(server) || !start()) {
            return;
        }
        List<String> outdated = server.getRole() == AccountRole.ROOT
                ? null
                : ServerFreshness.of(server).outdated().stream().map(agent -> agent.agent().getId()).toList();
        commands.notifyAgents(server, outdated, (NotifyAgentsResult result) -> {
            busy = false;
            refresh(NLS.bind(Messages.ComponentsPart_notified, new Object[]{Integer.valueOf(result.queued()),
                    Integer.valueOf(result.alreadyQueued()), Integer.valueOf(result.upToDate()),
                    Integer.valueOf(result.superseded())}));
        }, this::failed);
    }

    /** Cancels the selected queued notifications, or every one listed when none is selected. */
    public void cancelNotifications() {
        ManagementServer server = shown;
        if (!AccountRoles.mayChange(server) || !start()) {
            return;
        }
        List<?> selected = queueViewer.getStructuredSelection().toList();
        @SuppressWarnings("unchecked")
        List<Notification> queued = selected.isEmpty()
                ? (List<Notification>) queueViewer.getInput()
                : selected.stream().map(Notification.class::cast).toList();
        List<Long> ids = queued == null ? List.of() : queued.stream().map(n -> Long.valueOf(n.id())).toList();
        commands.cancelNotifications(server, ids, cancelled -> {
            busy = false;
            refresh(NLS.bind(Messages.ComponentsPart_cancelled, cancelled));
        }, this::failed);
    }

    private boolean start() {
        if (busy) {
            return false;
        }
        busy = true;
        message.setText(Messages.ComponentsPart_working);
        enable();
        return true;
    }

    private void finish(ManagementServer server, String text) {
        busy = false;
        if (server == shown && !message.isDisposed()) {
            message.setText(text);
            enable();
        }
    }

    private void failed(String text) {
        busy = false;
        if (!message.isDisposed()) {
            message.setText(text);
            enable();
        }
    }

    private void show(ManagementServer server, ComponentCommands.State state) {
        if (server != shown || componentsViewer.getControl().isDisposed()) {
            return;
        }
        componentsViewer.setInput(state.components());
        ServerFreshness freshness = ServerFreshness.of(server);
        outdatedViewer.setInput(freshness.outdated());
        outdatedSummary.setText(NLS.bind(Messages.ComponentsPart_outdated, new Object[]{
                Integer.valueOf(freshness.outdated().size()), Integer.valueOf(freshness.total()),
                Integer.valueOf(freshness.unknown())}));
        queueViewer.setInput(state.notifications());
        queueSummary.setText(NLS.bind(Messages.ComponentsPart_queue, Integer.valueOf(state.notifications().size()),
                state.lastUpdate() == null
                        ? Messages.ComponentsPart_noUpdateYet
                        : ComponentCommands.describe(state.lastUpdate())));
        content.layout();
    }

    /** @return whether the console may change the chosen server's components (the handlers ask) */
    public boolean mayChange() {
        return !busy && AccountRoles.mayChange(shown);
    }

    private void enable() {
        if (refreshButton.isDisposed()) {
            return;
        }
        boolean mayChange = mayChange();
        refreshButton.setEnabled(!busy && shown != null);
        updateButton.setEnabled(mayChange);
        notifyButton.setEnabled(mayChange);
        Object queued = queueViewer.getInput();
        cancelButton.setEnabled(mayChange && queued instanceof List<?> list && !list.isEmpty());
    }

    @Focus
    public void setFocus() {
        PartFocus.focus(part, chooser.viewer().getControl());
    }
}
