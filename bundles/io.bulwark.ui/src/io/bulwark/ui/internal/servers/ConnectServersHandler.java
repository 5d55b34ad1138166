package io.bulwark.ui.internal.servers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;

import io.bulwark.core.ServerConnections;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/** Connects the selected servers, each in a job of its own with progress; a connected server is left as it is. */
public class ConnectServersHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return SelectedServers.of(selection).stream().anyMatch(server -> server.getState() != ConnectionState.CONNECTED
                && server.getState() != ConnectionState.CONNECTING);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerConnections connections) {
        for (ManagementServer server : SelectedServers.of(selection)) {
            connections.connect(server);
        }
    }
}
