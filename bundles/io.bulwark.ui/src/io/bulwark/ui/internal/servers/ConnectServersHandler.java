package io.bulwark.ui.internal.servers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Connects the selected servers, each in a job of its own with progress; a connected server is left as it is. A
 * certificate that waits for a decision is shown for the administrator to trust or refuse.
 */
public class ConnectServersHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return SelectedServers.of(selection).stream().anyMatch(server -> server.getState() != ConnectionState.CONNECTED
                && server.getState() != ConnectionState.CONNECTING);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerConnections connections,
            @Service ServerRegistryService registry, UISynchronize sync) {
        ServerConnect connect = new ServerConnect(connections, registry, sync, shell);
        for (ManagementServer server : SelectedServers.of(selection)) {
            connect.connect(server);
        }
    }
}
