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

/** Disconnects the selected servers: stops following them and takes their agent trees out of the console. */
public class DisconnectServersHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return SelectedServers.of(selection).stream()
                .anyMatch(server -> server.getState() != ConnectionState.DISCONNECTED && server.getState() != null);
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerConnections connections) {
        for (ManagementServer server : SelectedServers.of(selection)) {
            connections.disconnect(server);
        }
    }
}
