package io.bulwark.ui.internal.backups;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.ui.WidgetIds;

/**
 * Asks before a restore, saying what it does: the server's data is replaced by the backup's, and what changed since is
 * lost. "Cancel" is the default button, so Enter does not restore.
 */
final class RestoreBackupDialog extends MessageDialog {

    RestoreBackupDialog(Shell parent, String server, String backup, String taken) {
        super(parent, Messages.RestoreBackupDialog_title, null,
                NLS.bind(Messages.RestoreBackupDialog_message, new Object[]{server, backup, taken}), WARNING, 1,
                Messages.RestoreBackupDialog_restore, IDialogConstants.CANCEL_LABEL);
    }

    @Override
    protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
        Button button = super.createButton(parent, id, label, defaultButton);
        button.setData(WidgetIds.KEY, id == 0 ? WidgetIds.BACKUPS_RESTORE_CONFIRM : WidgetIds.BACKUPS_RESTORE_CANCEL);
        return button;
    }
}
