package io.bulwark.ui.internal.servers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ServerFolder;
import jakarta.inject.Named;

/**
 * Deletes the selected folders after asking. The registry refuses a folder that still holds servers or folders, so no
 * server is ever removed as a side effect; the refusal says what to move out first.
 */
public class DeleteFoldersHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !SelectedServers.folders(selection).isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry) {
        List<ServerFolder> folders = SelectedServers.folders(selection);
        String question = folders.size() == 1
                ? NLS.bind(Messages.DeleteFoldersHandler_questionOne, folders.get(0).getName())
                : NLS.bind(Messages.DeleteFoldersHandler_questionMany, folders.size());
        if (folders.isEmpty() || !ServerMessages.confirm(shell, Messages.DeleteFoldersHandler_title, question,
                Messages.DeleteFoldersHandler_delete)) {
            return;
        }
        for (ServerFolder folder : folders) {
            try {
                registry.deleteFolder(folder);
            } catch (ServerRegistryException e) {
                ServerMessages.showError(shell, NLS.bind(Messages.DeleteFoldersHandler_failed, folder.getName()),
                        e.getMessage());
            }
        }
    }
}
