package io.bulwark.ui.internal.servers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.ui.FileChooser;
import jakarta.inject.Named;

/**
 * Writes the server list (folders, names, addresses, users, pinned fingerprints; never passwords) to a JSON file the
 * administrator picks, for another console to import.
 */
public class ExportServersHandler {

    static final String[] FILTER = {"*.json", "*"}; //$NON-NLS-1$ //$NON-NLS-2$

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service FileChooser files) {
        Path chosen = files.chooseFileToWrite(shell, Messages.ExportServersHandler_title, FILTER, "servers.json"); //$NON-NLS-1$
        if (chosen == null) {
            return;
        }
        try {
            registry.exportServers(chosen);
        } catch (ServerRegistryException e) {
            ServerMessages.showError(shell, NLS.bind(Messages.ExportServersHandler_failed, chosen), e.getMessage());
        }
    }
}
