package io.bulwark.ui.internal.backups;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.components.AccountRoles;
import io.bulwark.ui.internal.components.Columns;
import io.bulwark.ui.internal.components.ConnectedServerChooser;
import io.bulwark.ui.internal.components.PartFocus;
import io.bulwark.ui.internal.components.ScrolledContent;
import io.bulwark.ui.internal.components.ServerJob;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A server's database backups, newest first: take one (before an upgrade, DOMAIN §6), and restore one after a
 * confirmation that says what restoring replaces. Taking and restoring are root's; other accounts only list.
 */
public class BackupsPart {

    /** The part's id in the application model. */
    public static final String ID = "io.bulwark.ui.part.backups"; //$NON-NLS-1$

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    private ConnectedServerChooser chooser;
    private Button refreshButton;
    private Button createButton;
    private Button restoreButton;
    private TableViewer viewer;
    private Label message;
    private Composite part;
    private ManagementServer shown;
    private boolean busy;

    @PostConstruct
    public void createControls(Composite part) {
        this.part = part;
        ScrolledContent content = new ScrolledContent(part, 2);
        Composite parent = content.body();
        chooser = new ConnectedServerChooser(parent, servers.getRegistry(), sync, WidgetIds.BACKUPS_SERVER,
                this::serverChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.viewer().getControl());
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        refreshButton = button(buttons, Messages.BackupsPart_refresh, WidgetIds.BACKUPS_REFRESH, this::refresh);
        createButton = button(buttons, Messages.BackupsPart_create, WidgetIds.BACKUPS_CREATE, this::createBackup);
        restoreButton = button(buttons, Messages.BackupsPart_restore, WidgetIds.BACKUPS_RESTORE, this::restore);
        viewer = Columns.table(parent, SWT.SINGLE, WidgetIds.BACKUPS_TABLE, 100);
        Columns.add(viewer, Messages.BackupsPart_columnCreated, 150, Backup.class,
                backup -> Columns.time(backup.createdAt()));
        Columns.add(viewer, Messages.BackupsPart_columnId, 150, Backup.class, Backup::id);
        Columns.add(viewer, Messages.BackupsPart_columnSize, 80, Backup.class, backup -> sizeOf(backup.size()));
        Columns.add(viewer, Messages.BackupsPart_columnRows, 70, Backup.class,
                backup -> Long.toString(backup.rows().values().stream().mapToLong(Long::longValue).sum()));
        viewer.addSelectionChangedListener(event -> enable());
        message = new Label(parent, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.BACKUPS_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
        serverChanged(chooser.chosen());
        content.layout();
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static String sizeOf(long bytes) {
        return NLS.bind(Messages.BackupsPart_kibibytes, Long.valueOf((bytes + 1023) / 1024));
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
            viewer.setInput(List.of());
            message.setText(server == null ? Messages.BackupsPart_noServer : ""); //$NON-NLS-1$
            refresh();
        }
        enable();
    }

    /** Lists the chosen server's backups again. */
    public void refresh() {
        refresh(null);
    }

    /**
     * Lists the chosen server's backups again.
     *
     * @param outcome
     *            the outcome of the command before, shown once the list is read, or {@code null}
     */
    private void refresh(String outcome) {
        ManagementServer server = shown;
        run(Messages.BackupsPart_listAction, server, (live, monitor) -> live.client().administration().backups()
                .list(monitor), backups -> {
                    if (server == shown && !viewer.getControl().isDisposed()) {
                        viewer.setInput(backups);
                        message.setText(outcome != null
                                ? outcome
                                : NLS.bind(Messages.BackupsPart_listed, Integer.valueOf(backups.size()),
                                        server.getName()));
                    }
                });
    }

    /** Takes a backup of the chosen server's database (root only), then lists the backups again. */
    public void createBackup() {
        ManagementServer server = shown;
        if (!AccountRoles.isRoot(server)) {
            return;
        }
        run(Messages.BackupsPart_createAction, server,
                (live, monitor) -> live.client().administration().backups().create(monitor), backup -> {
                    busy = false;
                    refresh(NLS.bind(Messages.BackupsPart_created, backup.id(), server.getName()));
                });
    }

    private void restore() {
        ManagementServer server = shown;
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!AccountRoles.isRoot(server) || !(selected instanceof Backup backup) || busy) {
            return;
        }
        RestoreBackupDialog dialog = new RestoreBackupDialog(viewer.getControl().getShell(), server.getName(),
                backup.id(), Columns.time(backup.createdAt()));
        if (dialog.open() != Window.OK) {
            message.setText(Messages.BackupsPart_restoreDeclined);
            return;
        }
        run(Messages.BackupsPart_restoreAction, server,
                (live, monitor) -> live.client().administration().backups().restore(backup.id(), monitor),
                restored -> {
                    busy = false;
                    refresh(NLS.bind(Messages.BackupsPart_restored, new Object[]{backup.id(), server.getName(),
                            Long.valueOf(restored.rowsRestored())}));
                });
    }

    /** @return whether the chosen server may be given a backup now (the handler asks) */
    public boolean mayCreate() {
        return !busy && AccountRoles.isRoot(shown);
    }

    private <T> void run(String action, ManagementServer server, ServerJob.Work<T> work,
            Consumer<T> done) {
        ServerConnection connection = server == null ? null : connections.connection(server);
        if (connection == null || busy) {
            return;
        }
        busy = true;
        message.setText(Messages.BackupsPart_working);
        enable();
        new ServerJob<>(action, server, connection, work, sync, result -> {
            busy = false;
            if (!message.isDisposed()) {
                done.accept(result);
                enable();
            }
        }, text -> {
            busy = false;
            if (!message.isDisposed()) {
                message.setText(text);
                enable();
            }
        }).schedule();
    }

    private void enable() {
        if (refreshButton.isDisposed()) {
            return;
        }
        boolean root = AccountRoles.isRoot(shown);
        refreshButton.setEnabled(!busy && shown != null);
        createButton.setEnabled(!busy && root);
        restoreButton.setEnabled(!busy && root && !viewer.getStructuredSelection().isEmpty());
    }

    @Focus
    public void setFocus() {
        PartFocus.focus(part, viewer.getControl());
    }
}
