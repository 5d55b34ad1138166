package io.bulwark.ui.internal.policies;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Messages of the offline editing commands to a person. */
final class Dialogs {

    private Dialogs() {
    }

    /** Shows an error unless the window has closed meanwhile. */
    static void error(Shell shell, String title, String message) {
        if (!shell.isDisposed()) {
            MessageDialog.openError(shell, title, message);
        }
    }
}
