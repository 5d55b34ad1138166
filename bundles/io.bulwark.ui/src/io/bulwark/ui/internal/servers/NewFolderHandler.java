package io.bulwark.ui.internal.servers;

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

/** Creates a folder in the selected folder (or the selected server's folder, or at the top level). */
public class NewFolderHandler {

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry) {
        ServerFolder parent = SelectedServers.targetFolder(selection);
        String where = parent == null ? Messages.NewFolderHandler_topLevel : parent.getName();
        FolderNameDialog dialog = new FolderNameDialog(shell, Messages.NewFolderHandler_title,
                NLS.bind(Messages.NewFolderHandler_prompt, where), ""); //$NON-NLS-1$
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            registry.createFolder(dialog.getValue(), parent);
        } catch (ServerRegistryException e) {
            ServerMessages.showError(shell, Messages.NewFolderHandler_failed, e.getMessage());
        }
    }
}
