package io.bulwark.ui.internal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.admin.Account;
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
 * Who the console is on each connected server (the account it signed in with and that account's role), and, where it
 * signed in as root, the server's accounts. Operators read; only root sees and manages accounts.
 */
public class AccountsPart {

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    private TableViewer signedInViewer;
    private ConnectedServerChooser chooser;
    private TableViewer accountsViewer;
    private Button newAccount;
    private Label message;
    private Composite part;
    private ManagementServer shown;

    @PostConstruct
    public void createControls(Composite part) {
        this.part = part;
        ScrolledContent content = new ScrolledContent(part, 2);
        Composite parent = content.body();
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.AccountsPart_signedIn);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        signedInViewer = Columns.table(parent, SWT.SINGLE, WidgetIds.ACCOUNTS_SIGNED_IN, 60);
        Columns.add(signedInViewer, Messages.AccountsPart_columnServer, 150, ManagementServer.class,
                ManagementServer::getName);
        Columns.add(signedInViewer, Messages.AccountsPart_columnUser, 100, ManagementServer.class,
                ManagementServer::getUser);
        Columns.add(signedInViewer, Messages.AccountsPart_columnRole, 120, ManagementServer.class,
                server -> server.isSetRole() ? RoleLabels.of(server.getRole()) : Messages.AccountsPart_signedOut);

        chooser = new ConnectedServerChooser(parent, servers.getRegistry(), sync, WidgetIds.ACCOUNTS_SERVER,
                this::serverChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.viewer().getControl());
        accountsViewer = Columns.table(parent, SWT.SINGLE, WidgetIds.ACCOUNTS_TABLE, 90);
        Columns.add(accountsViewer, Messages.AccountsPart_columnUser, 100, Account.class, Account::user);
        Columns.add(accountsViewer, Messages.AccountsPart_columnRole, 110, Account.class,
                account -> RoleLabels.of(account.role()));
        Columns.add(accountsViewer, Messages.AccountsPart_columnDomains, 120, Account.class,
                account -> account.domainIds().stream().map(String::valueOf).collect(Collectors.joining(", "))); //$NON-NLS-1$
        Columns.add(accountsViewer, Messages.AccountsPart_columnCreated, 150, Account.class,
                account -> Columns.time(account.createdAt()));
        newAccount = new Button(parent, SWT.PUSH);
        newAccount.setText(Messages.AccountsPart_newAccount);
        newAccount.setData(WidgetIds.KEY, WidgetIds.ACCOUNTS_NEW);
        newAccount.addListener(SWT.Selection, event -> createAccount());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(newAccount);
        message = new Label(parent, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.ACCOUNTS_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
        serverChanged(chooser.chosen());
        content.layout();
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
        if (accountsViewer == null || accountsViewer.getControl().isDisposed()) {
            return;
        }
        List<ManagementServer> connected = new ArrayList<>();
        servers.getRegistry().eAllContents().forEachRemaining(object -> {
            if (object instanceof ManagementServer each && each.getState() == ConnectionState.CONNECTED) {
                connected.add(each);
            }
        });
        signedInViewer.setInput(connected);
        newAccount.setEnabled(AccountRoles.isRoot(server));
        if (server == shown && (server == null || accountsViewer.getInput() != null)) {
            return;
        }
        shown = server;
        accountsViewer.setInput(List.of());
        if (server == null) {
            message.setText(Messages.AccountsPart_noServer);
        } else if (!AccountRoles.isRoot(server)) {
            message.setText(NLS.bind(Messages.AccountsPart_rootOnly, server.getName(),
                    server.isSetRole() ? RoleLabels.of(server.getRole()) : Messages.AccountsPart_signedOut));
        } else {
            readAccounts(server);
        }
    }

    private void readAccounts(ManagementServer server) {
        var connection = connections.connection(server);
        if (connection == null) {
            return;
        }
        message.setText(Messages.AccountsPart_reading);
        new ServerJob<>(Messages.AccountsPart_readAction, server, connection,
                (live, monitor) -> live.client().administration().accounts(monitor), sync, accounts -> {
                    if (server == shown && !accountsViewer.getControl().isDisposed()) {
                        accountsViewer.setInput(accounts);
                        message.setText(NLS.bind(Messages.AccountsPart_read, Integer.valueOf(accounts.size()),
                                server.getName()));
                    }
                }, text -> {
                    if (!message.isDisposed()) {
                        message.setText(text);
                    }
                }).schedule();
    }

    /** Asks for a new account of the chosen server (root only) and creates it. */
    private void createAccount() {
        ManagementServer server = shown;
        var connection = server == null ? null : connections.connection(server);
        if (connection == null || !AccountRoles.isRoot(server)) {
            return;
        }
        NewAccountDialog dialog = new NewAccountDialog(newAccount.getShell(), server.getName());
        if (dialog.open() != Window.OK) {
            return;
        }
        var request = dialog.request();
        message.setText(Messages.AccountsPart_creating);
        new ServerJob<>(NLS.bind(Messages.AccountsPart_createAction, request.user()), server, connection,
                (live, monitor) -> live.client().administration().createAccount(request, monitor), sync, created -> {
                    if (server == shown && !message.isDisposed()) {
                        readAccounts(server);
                    }
                }, text -> {
                    if (!message.isDisposed()) {
                        message.setText(text);
                    }
                }).schedule();
    }

    @Focus
    public void setFocus() {
        PartFocus.focus(part, signedInViewer.getControl());
    }
}
