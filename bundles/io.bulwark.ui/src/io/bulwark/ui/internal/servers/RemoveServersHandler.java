package io.bulwark.ui.internal.servers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Removes the selected servers from the console after asking: each is disconnected first, then taken out of the
 * registry, and its stored password forgotten. Nothing on the servers changes.
 */
public class RemoveServersHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        // Its key is Delete: never while a dialog over the window has the keyboard.
        boolean inMainWindow = shell == null || shell.getParent() == null;
        return inMainWindow && !SelectedServers.of(selection).isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service ServerConnections connections) {
        List<ManagementServer> servers = SelectedServers.of(selection);
        String question = servers.size() == 1
                ? NLS.bind(Messages.RemoveServersHandler_questionOne, servers.get(0).getName())
                : NLS.bind(Messages.RemoveServersHandler_questionMany, servers.size());
        if (servers.isEmpty() || !ServerMessages.confirm(shell, Messages.RemoveServersHandler_title, question,
                Messages.RemoveServersHandler_remove)) {
            return;
        }
        for (ManagementServer server : servers) {
            connections.disconnect(server);
            try {
                registry.removeServer(server);
            } catch (ServerRegistryException e) {
                ServerMessages.showError(shell, NLS.bind(Messages.RemoveServersHandler_failed, server.getName()),
                        e.getMessage());
            }
        }
    }
}
