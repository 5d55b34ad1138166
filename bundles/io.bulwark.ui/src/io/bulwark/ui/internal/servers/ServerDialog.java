package io.bulwark.ui.internal.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
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

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.ui.WidgetIds;

/**
 * Adds a server (name, host, port, HTTPS, user, password, folder) or edits one. Every entry is checked as it is typed:
 * a blank host, a port that is not 1–65535 or an address another server already has keeps OK disabled and the line
 * below the fields says why. OK hands the entry to an action that may still refuse it; the dialog then stays open with
 * the reason, and nothing changed.
 */
final class ServerDialog extends Dialog {

    private final ServerRegistryService registry;
    private final ManagementServer editing;
    private final ServerFolder initialFolder;
    private final Function<ServerEntry, String> action;
    private final List<ServerFolder> folders = new ArrayList<>();
    private Text name;
    private Text host;
    private Text port;
    private Button tls;
    private Text user;
    private Text password;
    private Combo folder;
    private Label problem;

    /**
     * @param editing
     *            the server to edit, or {@code null} to add one
     * @param initialFolder
     *            the folder a new server goes to unless the person picks another, or {@code null}
     * @param action
     *            adds or changes the server; returns {@code null} when done, or why it refused
     */
    ServerDialog(Shell parent, ServerRegistryService registry, ManagementServer editing, ServerFolder initialFolder,
            Function<ServerEntry, String> action) {
        super(parent);
        this.registry = registry;
        this.editing = editing;
        this.initialFolder = initialFolder;
        this.action = action;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(editing == null
                ? Messages.ServerDialog_addTitle
                : NLS.bind(Messages.ServerDialog_editTitle, editing.getName()));
        shell.setData(WidgetIds.KEY, WidgetIds.SERVER_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        ServerDetails start = editing == null
                ? new ServerDetails("", "", ServerAddress.DEFAULT_TLS_PORT, true, "root") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : ServerDetails.of(editing);
        name = text(area, Messages.ServerDialog_name, WidgetIds.SERVER_NAME_TEXT, SWT.NONE, start.name());
        host = text(area, Messages.ServerDialog_host, WidgetIds.SERVER_HOST_TEXT, SWT.NONE, start.host());
        port = text(area, Messages.ServerDialog_port, WidgetIds.SERVER_PORT_TEXT, SWT.NONE,
                Integer.toString(start.port()));
        new Label(area, SWT.NONE);
        tls = new Button(area, SWT.CHECK);
        tls.setText(Messages.ServerDialog_tls);
        tls.setSelection(start.useTls());
        tls.setData(WidgetIds.KEY, WidgetIds.SERVER_TLS_CHECK);
        tls.addListener(SWT.Selection, event -> validate());
        user = text(area, Messages.ServerDialog_user, WidgetIds.SERVER_USER_TEXT, SWT.NONE,
                start.user() == null ? "" : start.user()); //$NON-NLS-1$
        password = text(area, Messages.ServerDialog_password, WidgetIds.SERVER_PASSWORD_TEXT, SWT.PASSWORD, ""); //$NON-NLS-1$
        if (editing != null) {
            password.setMessage(Messages.ServerDialog_passwordKept);
        } else {
            createFolderChoice(area);
        }
        problem = new Label(area, SWT.WRAP);
        problem.setData(WidgetIds.KEY, WidgetIds.SERVER_DIALOG_ERROR);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(problem);
        return area;
    }

    private Text text(Composite parent, String label, String id, int style, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        text.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> validate());
        return text;
    }

    private void createFolderChoice(Composite parent) {
        new Label(parent, SWT.NONE).setText(Messages.ServerDialog_folder);
        folder = new Combo(parent, SWT.READ_ONLY);
        folder.setData(WidgetIds.KEY, WidgetIds.SERVER_FOLDER_COMBO);
        folders.add(null);
        folder.add(Messages.ServerDialog_topLevel);
        addFolders(registry.getRegistry().getFolders(), ""); //$NON-NLS-1$
        folder.select(Math.max(0, folders.indexOf(initialFolder)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
    }

    private void addFolders(List<ServerFolder> level, String path) {
        for (ServerFolder each : level) {
            String shown = path + each.getName();
            folders.add(each);
            folder.add(shown);
            addFolders(each.getFolders(), shown + " / "); //$NON-NLS-1$
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setData(WidgetIds.KEY, WidgetIds.SERVER_DIALOG_OK);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String error = check();
        problem.setText(error == null ? "" : error); //$NON-NLS-1$
        getButton(IDialogConstants.OK_ID).setEnabled(error == null);
    }

    /** @return what is wrong with the entry, or {@code null} when it can be tried */
    private String check() {
        String hostText = host.getText().strip();
        if (hostText.isEmpty()) {
            return Messages.ServerDialog_hostMissing;
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.ServerDialog_portInvalid, port.getText().strip());
        }
        ServerAddress address;
        try {
            address = new ServerAddress(tls.getSelection(), hostText, portNumber);
            ServerAddress.parse(address.toString());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        ManagementServer other = registry.findServer(address);
        if (other != null && other != editing) {
            return NLS.bind(Messages.ServerDialog_addressTaken, address, other.getName());
        }
        if (user.getText().isBlank()) {
            return Messages.ServerDialog_userMissing;
        }
        if (editing == null && password.getText().isEmpty()) {
            return Messages.ServerDialog_passwordMissing;
        }
        return null;
    }

    @Override
    protected void okPressed() {
        ServerDetails details = new ServerDetails(name.getText(), host.getText().strip(),
                Integer.parseInt(port.getText().strip()), tls.getSelection(), user.getText().strip());
        ServerFolder chosen = folder == null ? null : folders.get(Math.max(0, folder.getSelectionIndex()));
        String refused = action.apply(new ServerEntry(details, password.getTextChars(), chosen));
        if (refused != null) {
            problem.setText(refused);
            problem.getParent().layout(true);
            return;
        }
        super.okPressed();
    }
}
