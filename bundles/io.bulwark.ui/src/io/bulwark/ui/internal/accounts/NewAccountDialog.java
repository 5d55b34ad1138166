package io.bulwark.ui.internal.accounts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.model.AccountRole;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.ui.WidgetIds;

/**
 * Asks for a new account of a server: its user name, role (administrator or read-only operator) and password, typed
 * twice. OK stays disabled, with the reason shown, until the input is complete; the server checks the rest (unique
 * name, password strength) and its refusal is shown in the part.
 */
final class NewAccountDialog extends TitleAreaDialog {

    private static final AccountRole[] ROLES = {AccountRole.ADMINISTRATOR, AccountRole.OPERATOR};

    private final String server;
    private Text user;
    private Combo role;
    private Text password;
    private Text confirmation;
    private AccountRequest request;

    NewAccountDialog(Shell parent, String server) {
        super(parent);
        this.server = server;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.NewAccountDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.NewAccountDialog_heading, server));
        setMessage(Messages.NewAccountDialog_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        user = text(fields, Messages.NewAccountDialog_user, WidgetIds.ACCOUNTS_NEW_USER, SWT.NONE);
        new Label(fields, SWT.NONE).setText(Messages.NewAccountDialog_role);
        role = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
        role.setData(WidgetIds.KEY, WidgetIds.ACCOUNTS_NEW_ROLE);
        for (AccountRole each : ROLES) {
            role.add(RoleLabels.of(each));
        }
        role.select(ROLES.length - 1);
        password = text(fields, Messages.NewAccountDialog_password, WidgetIds.ACCOUNTS_NEW_PASSWORD, SWT.PASSWORD);
        confirmation = text(fields, Messages.NewAccountDialog_confirmation, WidgetIds.ACCOUNTS_NEW_CONFIRMATION,
                SWT.PASSWORD);
        return area;
    }

    private Text text(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setData(WidgetIds.KEY, id);
        text.addModifyListener(event -> check());
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setData(WidgetIds.KEY, WidgetIds.ACCOUNTS_NEW_OK);
        check();
    }

    private void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = null;
        if (user.getText().isBlank()) {
            problem = Messages.NewAccountDialog_userMissing;
        } else if (password.getText().isEmpty()) {
            problem = Messages.NewAccountDialog_passwordMissing;
        } else if (!password.getText().equals(confirmation.getText())) {
            problem = Messages.NewAccountDialog_mismatch;
        }
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        request = new AccountRequest(user.getText().strip(), ROLES[role.getSelectionIndex()].getLiteral(),
                password.getText(), null);
        super.okPressed();
    }

    /** @return the account asked for, once OK was pressed */
    AccountRequest request() {
        return request;
    }
}
