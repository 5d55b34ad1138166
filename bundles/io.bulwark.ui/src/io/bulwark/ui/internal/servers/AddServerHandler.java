package io.bulwark.ui.internal.servers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Adds a server through the {@link ServerDialog}, into the selected folder unless another is chosen, keeps its password
 * in secure storage and connects it; on first contact its certificate is shown for confirmation.
 */
public class AddServerHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service ServerCredentials credentials, @Service ServerConnections connections, UISynchronize sync) {
        ManagementServer[] added = new ManagementServer[1];
        char[][] password = new char[1][];
        ServerDialog dialog = new ServerDialog(shell, registry, null, SelectedServers.targetFolder(selection),
                entry -> {
                    try {
                        added[0] = registry.addServer(entry.details(), entry.folder());
                        password[0] = entry.password();
                        return null;
                    } catch (ServerRegistryException e) {
                        return e.getMessage();
                    }
                });
        if (dialog.open() == Window.OK && added[0] != null) {
            new ServerConnect(connections, registry, sync, shell).storePasswordAndConnect(added[0], password[0],
                    credentials);
        }
    }
}
