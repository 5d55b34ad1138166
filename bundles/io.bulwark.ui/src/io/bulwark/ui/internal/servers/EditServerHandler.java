package io.bulwark.ui.internal.servers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Edits the selected server's name, address, HTTPS choice, user and (when one is typed) password. A connected server
 * whose address or account changes is disconnected first and connected again with the new details; its pinned
 * certificate stays, so a different server at the new address is shown as a changed certificate.
 */
public class EditServerHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return SelectedServers.of(selection).size() == 1 && SelectedServers.folders(selection).isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service ServerCredentials credentials, @Service ServerConnections connections, UISynchronize sync) {
        List<ManagementServer> selected = SelectedServers.of(selection);
        if (selected.size() != 1) {
            return;
        }
        ManagementServer server = selected.get(0);
        boolean[] reconnect = new boolean[1];
        char[][] password = new char[1][];
        ServerDialog dialog = new ServerDialog(shell, registry, server, null, entry -> {
            ServerDetails before = ServerDetails.of(server);
            boolean accountChanged = !before.withName(entry.details().name()).equals(entry.details());
            boolean wasOn = server.getState() != null && server.getState() != ConnectionState.DISCONNECTED;
            try {
                registry.editServer(server, entry.details());
            } catch (ServerRegistryException e) {
                return e.getMessage();
            }
            reconnect[0] = wasOn && (accountChanged || entry.password().length > 0);
            if (reconnect[0]) {
                connections.disconnect(server);
            }
            password[0] = entry.password();
            return null;
        });
        if (dialog.open() != Window.OK) {
            return;
        }
        ServerConnect connect = new ServerConnect(connections, registry, sync, shell);
        if (password[0].length > 0) {
            connect.storePasswordAndConnect(server, password[0], credentials);
        } else if (reconnect[0]) {
            connect.connect(server);
        }
    }
}
