package io.bulwark.ui.internal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.bulwark.client.AuditQuery;
import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.protocol.admin.AuditPage;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.components.Columns;
import io.bulwark.ui.internal.components.ConnectedServerChooser;
import io.bulwark.ui.internal.components.PartFocus;
import io.bulwark.ui.internal.components.ScrolledContent;
import io.bulwark.ui.internal.components.ServerJob;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A server's audit log, newest first, a page at a time: who changed what, from where and when, filtered by account,
 * action, target and time range (the filters combine). Every account may read it.
 */
public class AuditPart {

    /** Entries read per page. */
    static final int PAGE_SIZE = 50;

    /** The time ranges offered, as durations back from now; {@code null} for any time. */
    private static final Duration[] PERIODS = {null, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7),
            Duration.ofDays(30)};

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    private ConnectedServerChooser chooser;
    private Text user;
    private Text action;
    private Text target;
    private Combo period;
    private Button search;
    private Button more;
    private TableViewer viewer;
    private Label message;
    private Composite part;
    private ManagementServer shown;
    private AuditQuery query;
    private String next;
    private final List<AuditEntry> entries = new ArrayList<>();
    private boolean busy;

    @PostConstruct
    public void createControls(Composite part) {
        this.part = part;
        ScrolledContent content = new ScrolledContent(part, 2);
        Composite parent = content.body();
        chooser = new ConnectedServerChooser(parent, servers.getRegistry(), sync, WidgetIds.AUDIT_SERVER,
                this::serverChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.viewer().getControl());
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(filters);
        user = field(filters, Messages.AuditPart_user, WidgetIds.AUDIT_USER);
        action = field(filters, Messages.AuditPart_action, WidgetIds.AUDIT_ACTION);
        target = field(filters, Messages.AuditPart_target, WidgetIds.AUDIT_TARGET);
        target.setMessage(Messages.AuditPart_targetHint);
        new Label(filters, SWT.NONE).setText(Messages.AuditPart_period);
        period = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
        period.setData(WidgetIds.KEY, WidgetIds.AUDIT_PERIOD);
        period.setItems(Messages.AuditPart_anyTime, Messages.AuditPart_lastHour, Messages.AuditPart_lastDay,
                Messages.AuditPart_lastWeek, Messages.AuditPart_lastMonth);
        period.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(period);

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        search = new Button(buttons, SWT.PUSH);
        search.setText(Messages.AuditPart_search);
        search.setData(WidgetIds.KEY, WidgetIds.AUDIT_SEARCH);
        search.addListener(SWT.Selection, event -> search());
        more = new Button(buttons, SWT.PUSH);
        more.setText(Messages.AuditPart_more);
        more.setData(WidgetIds.KEY, WidgetIds.AUDIT_MORE);
        more.addListener(SWT.Selection, event -> readPage());

        viewer = Columns.table(parent, SWT.MULTI, WidgetIds.AUDIT_TABLE, 80);
        Columns.add(viewer, Messages.AuditPart_columnTime, 150, AuditEntry.class, entry -> Columns.time(entry.at()));
        Columns.add(viewer, Messages.AuditPart_columnUser, 80, AuditEntry.class, AuditEntry::user);
        Columns.add(viewer, Messages.AuditPart_columnAction, 130, AuditEntry.class, AuditEntry::action);
        Columns.add(viewer, Messages.AuditPart_columnTarget, 160, AuditEntry.class, AuditEntry::target);
        Columns.add(viewer, Messages.AuditPart_columnAddress, 100, AuditEntry.class, AuditEntry::address);
        message = new Label(parent, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.AUDIT_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
        serverChanged(chooser.chosen());
        content.layout();
    }

    private Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SEARCH);
        text.setData(WidgetIds.KEY, id);
        text.addListener(SWT.DefaultSelection, event -> search());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
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
            if (server != null) {
                search();
            } else {
                entries.clear();
                viewer.setInput(List.of());
                message.setText(Messages.AuditPart_noServer);
            }
        }
        enable();
    }

    /** Reads the first page of the entries the filters let through. */
    void search() {
        query = new AuditQuery(value(user), value(action), value(target), since(), null);
        next = null;
        entries.clear();
        viewer.setInput(List.copyOf(entries));
        readPage();
    }

    private void readPage() {
        ManagementServer server = shown;
        ServerConnection connection = server == null ? null : connections.connection(server);
        if (connection == null || busy || query == null) {
            return;
        }
        busy = true;
        enable();
        AuditQuery asked = query;
        String cursor = next;
        message.setText(Messages.AuditPart_reading);
        new ServerJob<AuditPage>(Messages.AuditPart_readAction, server, connection,
                (live, monitor) -> live.client().administration().auditPage(asked, cursor, PAGE_SIZE, monitor), sync,
                page -> {
                    busy = false;
                    if (server != shown || asked != query || viewer.getControl().isDisposed()) {
                        return;
                    }
                    entries.addAll(page.items());
                    next = page.next();
                    viewer.setInput(List.copyOf(entries));
                    message.setText(NLS.bind(next == null ? Messages.AuditPart_all : Messages.AuditPart_someShown,
                            Integer.valueOf(entries.size())));
                    enable();
                }, text -> {
                    busy = false;
                    if (!message.isDisposed()) {
                        message.setText(text);
                        enable();
                    }
                }).schedule();
    }

    private Instant since() {
        Duration back = PERIODS[Math.max(0, period.getSelectionIndex())];
        return back == null ? null : Instant.now().minus(back);
    }

    private static String value(Text text) {
        String value = text.getText().strip();
        return value.isEmpty() ? null : value;
    }

    private void enable() {
        if (search.isDisposed()) {
            return;
        }
        search.setEnabled(shown != null && !busy);
        more.setEnabled(shown != null && !busy && next != null);
    }

    @Focus
    public void setFocus() {
        PartFocus.focus(part, user);
    }
}
