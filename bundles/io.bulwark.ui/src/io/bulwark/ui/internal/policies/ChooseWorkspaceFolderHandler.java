package io.bulwark.ui.internal.policies;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;
import jakarta.inject.Named;

/**
 * Chooses the folder of the policy workspace and keeps the choice for the next start; the Policy Workspace part then
 * lists that folder. Editors open on copies of the previous folder stay bound to it.
 */
public class ChooseWorkspaceFolderHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
        WorkspaceFolderDialog dialog = new WorkspaceFolderDialog(shell,
                WorkspaceFolder.chosen().orElseGet(PolicyWorkspace::homeFolder), PolicyWorkspace.configuredFolder());
        if (dialog.open() != WorkspaceFolderDialog.OK) {
            return;
        }
        try {
            WorkspaceFolder.choose(dialog.folder());
        } catch (BackingStoreException e) {
            String message = NLS.bind(Messages.WorkspaceFolderDialog_notKept, e.getMessage());
            ILog.of(ChooseWorkspaceFolderHandler.class).error(message, e);
            Dialogs.error(shell, Messages.WorkspaceFolderDialog_title, message);
            return;
        }
        events.post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, WorkspaceFolder.current());
    }
}
