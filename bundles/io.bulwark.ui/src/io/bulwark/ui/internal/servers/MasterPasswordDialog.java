package io.bulwark.ui.internal.servers;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.ui.WidgetIds;

/**
 * Asks for the master password that unlocks stored server passwords: once to open existing storage, twice (entered and
 * confirmed) when the person chooses it. OK stays disabled until the entry is usable.
 */
final class MasterPasswordDialog extends TitleAreaDialog {

    private final boolean creating;
    private Text password;
    private Text confirmation;
    private char[] entered;

    MasterPasswordDialog(Shell parent, boolean creating) {
        super(parent);
        this.creating = creating;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.MasterPasswordDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(creating ? Messages.MasterPasswordDialog_chooseTitle : Messages.MasterPasswordDialog_enterTitle);
        setMessage(creating ? Messages.MasterPasswordDialog_chooseMessage : Messages.MasterPasswordDialog_enterMessage);
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        password = field(fields, Messages.MasterPasswordDialog_password, WidgetIds.MASTER_PASSWORD_TEXT);
        if (creating) {
            confirmation = field(fields, Messages.MasterPasswordDialog_confirmation,
                    WidgetIds.MASTER_PASSWORD_CONFIRMATION_TEXT);
        }
        return area;
    }

    private Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        text.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String error = null;
        if (password.getText().isEmpty()) {
            error = Messages.MasterPasswordDialog_passwordMissing;
        } else if (confirmation != null && !password.getText().equals(confirmation.getText())) {
            error = Messages.MasterPasswordDialog_mismatch;
        }
        setErrorMessage(password.getText().isEmpty() ? null : error);
        getButton(IDialogConstants.OK_ID).setEnabled(error == null);
    }

    @Override
    protected void okPressed() {
        entered = password.getTextChars();
        super.okPressed();
    }

    /** The password entered, or {@code null} when the dialog was cancelled. */
    char[] entered() {
        return entered == null ? null : Arrays.copyOf(entered, entered.length);
    }
}
