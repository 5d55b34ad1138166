package io.bulwark.ui.internal.policies;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.ui.PolicyWidgetIds;
import io.bulwark.ui.WidgetIds;

/**
 * Asks which folder is the policy workspace: an absolute path, a folder or nothing yet (the first save creates it), or
 * the default under the user's home. Says so when this run's folder is set by the system property or the environment
 * variable, which go first, as for the command line.
 */
final class WorkspaceFolderDialog extends Dialog {

    private final Path current;
    private final Optional<Path> configured;
    private Text folder;
    private Label message;
    private Path chosen;

    /**
     * @param current
     *            the folder chosen in the console, or the default
     * @param configured
     *            the folder the system property or the environment variable sets for this run, if one does
     */
    WorkspaceFolderDialog(Shell parent, Path current, Optional<Path> configured) {
        super(parent);
        this.current = current;
        this.configured = configured;
    }

    /** @return the folder chosen, or {@code null} for the default */
    Path folder() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.WorkspaceFolderDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.WorkspaceFolderDialog_intro, PolicyWorkspace.homeFolder()));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
        Composite row = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.WorkspaceFolderDialog_folder);
        folder = new Text(row, SWT.BORDER | SWT.SINGLE);
        folder.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_FOLDER_TEXT);
        folder.setText(current.toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button home = new Button(row, SWT.PUSH);
        home.setText(Messages.WorkspaceFolderDialog_default);
        home.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_FOLDER_DEFAULT);
        home.addListener(SWT.Selection, event -> folder.setText(PolicyWorkspace.homeFolder().toString()));
        if (configured.isPresent()) {
            Label overridden = new Label(area, SWT.WRAP);
            overridden.setText(NLS.bind(Messages.WorkspaceFolderDialog_configured, new Object[]{configured.get(),
                    PolicyWorkspace.FOLDER_PROPERTY, PolicyWorkspace.FOLDER_VARIABLE}));
            GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(overridden);
        }
        message = new Label(area, SWT.WRAP);
        message.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_FOLDER_MESSAGE);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(message);
        folder.addListener(SWT.Modify, event -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button use = createButton(parent, IDialogConstants.OK_ID, Messages.WorkspaceFolderDialog_use, true);
        use.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_FOLDER_USE);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** Says what is wrong with the folder typed, or what happens with it; Use is enabled only when nothing is wrong. */
    private void update() {
        String problem = null;
        String note = null;
        Path given = parsed();
        if (given == null || !given.isAbsolute()) {
            problem = Messages.WorkspaceFolderDialog_notAbsolute;
        } else if (Files.exists(given) && !Files.isDirectory(given)) {
            problem = NLS.bind(Messages.WorkspaceFolderDialog_notFolder, given);
        } else if (!Files.exists(given)) {
            note = Messages.WorkspaceFolderDialog_created;
        }
        message.setText(problem != null ? problem : note == null ? "" : note); //$NON-NLS-1$
        message.getParent().layout(true, true);
        Button use = getButton(IDialogConstants.OK_ID);
        if (use != null) {
            use.setEnabled(problem == null);
        }
    }

    private Path parsed() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        Path given = parsed();
        chosen = PolicyWorkspace.homeFolder().equals(given) ? null : given;
        super.okPressed();
    }
}
