package io.bulwark.ui.internal.policies;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import io.bulwark.core.policy.ScopeDiff;
import io.bulwark.core.policy.SettingText;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.ui.PolicyWidgetIds;

/**
 * The workspace compared with a server: one row per setting that differs, with the server's value and the workspace's,
 * added, removed or changed; scopes only one side has are named above the table.
 */
final class ComparisonDialog extends Dialog {

    private final String serverName;
    private final List<ScopeDiff> scopes;
    private final List<String> notes;

    ComparisonDialog(Shell parent, String serverName, List<ScopeDiff> scopes, List<String> notes) {
        super(parent);
        this.serverName = serverName;
        this.scopes = scopes;
        this.notes = notes;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ComparisonDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        long count = scopes.stream().mapToLong(scope -> scope.changes().size()).sum();
        Label summary = new Label(area, SWT.WRAP);
        String text = count == 0 && notes.isEmpty()
                ? NLS.bind(Messages.ComparisonDialog_same, serverName)
                : NLS.bind(Messages.ComparisonDialog_summary, serverName, Long.valueOf(count));
        summary.setText(notes.isEmpty() ? text : text + "\n" + String.join("\n", notes)); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        Table table = Tables.create(area, PolicyWidgetIds.POLICIES_COMPARISON_TABLE, Messages.ComparisonDialog_scope,
                Messages.ComparisonDialog_setting, Messages.ComparisonDialog_change, Messages.ComparisonDialog_server,
                Messages.ComparisonDialog_workspace);
        for (ScopeDiff scope : scopes) {
            for (SettingChange change : scope.changes()) {
                boolean group = change.path().isGroup();
                Tables.row(table, WorkspaceContents.scopeName(scope.target().scope()), change.path().toString(),
                        kind(change), SettingText.of(change.before(), group), SettingText.of(change.after(), group));
            }
        }
        Tables.pack(table);
        return area;
    }

    private static String kind(SettingChange change) {
        return switch (change.kind()) {
            case ADDED -> Messages.ComparisonDialog_added;
            case REMOVED -> Messages.ComparisonDialog_removed;
            case CHANGED -> Messages.ComparisonDialog_changed;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
