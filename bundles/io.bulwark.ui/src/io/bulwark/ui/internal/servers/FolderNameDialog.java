package io.bulwark.ui.internal.servers;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.ui.WidgetIds;

/** Asks for a folder's name; OK stays disabled while the name is blank. */
final class FolderNameDialog extends InputDialog {

    private static final IInputValidator NOT_BLANK = text -> text.isBlank()
            ? Messages.FolderNameDialog_nameMissing
            : null;

    FolderNameDialog(Shell parent, String title, String prompt, String initial) {
        super(parent, title, prompt, initial, NOT_BLANK);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setData(WidgetIds.KEY, WidgetIds.FOLDER_NAME_DIALOG);
    }
}
