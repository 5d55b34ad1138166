package io.bulwark.ui.internal.servers;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.ui.WidgetIds;

/**
 * The Servers part's message windows: errors (also logged), reports and confirmations. JFace dialogs, not native
 * message boxes, so that they carry widget ids and a test can answer them like a person.
 */
final class ServerMessages {

    private ServerMessages() {
    }

    /**
     * Logs a failure and tells the person.
     *
     * @param what
     *            what failed, as a title
     * @param reason
     *            why, and what to do about it
     */
    static void showError(Shell shell, String what, String reason) {
        ILog.of(ServerMessages.class).error(NLS.bind(Messages.ServerMessages_logged, what, reason));
        open(shell, what, reason, MessageDialog.ERROR, WidgetIds.SERVERS_MESSAGE_DIALOG, IDialogConstants.OK_LABEL);
    }

    /** Tells the person what an operation did. */
    static void showReport(Shell shell, String title, String report) {
        open(shell, title, report, MessageDialog.INFORMATION, WidgetIds.SERVERS_MESSAGE_DIALOG,
                IDialogConstants.OK_LABEL);
    }

    /**
     * Asks before something that cannot be undone.
     *
     * @param accept
     *            the label of the button that goes ahead, naming the action (e.g. "Remove")
     * @return whether the person chose to go ahead
     */
    static boolean confirm(Shell shell, String title, String question, String accept) {
        return open(shell, title, question, MessageDialog.QUESTION, WidgetIds.SERVERS_CONFIRM_DIALOG, accept,
                IDialogConstants.CANCEL_LABEL) == 0;
    }

    private static int open(Shell shell, String title, String message, int kind, String id, String... buttons) {
        MessageDialog dialog = new MessageDialog(shell, title, null, message, kind, 0, buttons) {
            @Override
            protected void configureShell(Shell window) {
                super.configureShell(window);
                window.setData(WidgetIds.KEY, id);
            }
        };
        return dialog.open();
    }
}
