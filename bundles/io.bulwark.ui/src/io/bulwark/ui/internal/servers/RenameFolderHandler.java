package io.bulwark.ui.internal.servers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ServerFolder;
import jakarta.inject.Named;

/** Renames the selected folder; a name a sibling folder already has is refused and nothing changes. */
public class RenameFolderHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof ServerFolder;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry) {
        if (!(selection instanceof ServerFolder folder)) {
            return;
        }
        FolderNameDialog dialog = new FolderNameDialog(shell, Messages.RenameFolderHandler_title,
                NLS.bind(Messages.RenameFolderHandler_prompt, folder.getName()), folder.getName());
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            registry.renameFolder(folder, dialog.getValue());
        } catch (ServerRegistryException e) {
            ServerMessages.showError(shell, NLS.bind(Messages.RenameFolderHandler_failed, folder.getName()),
                    e.getMessage());
        }
    }
}
