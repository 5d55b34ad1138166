package io.bulwark.ui.internal.settings;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.model.settings.PolicyDifference;
import io.bulwark.ui.WidgetIds;

/**
 * Someone saved the settings of a scope while they were being edited here: shows theirs and mine field by field where
 * they differ, and lets the administrator keep theirs, keep theirs and reapply the changes made here, or overwrite
 * theirs. Cancel leaves the editor as it was.
 */
final class ConflictDialog extends Dialog {

    /** Return code: drop my changes and take theirs. */
    static final int KEEP_THEIRS = IDialogConstants.CLIENT_ID + 1;

    /** Return code: take theirs and apply my changes onto it, to review and save. */
    static final int REAPPLY_MINE = IDialogConstants.CLIENT_ID + 2;

    /** Return code: write mine over theirs. */
    static final int OVERWRITE = IDialogConstants.CLIENT_ID + 3;

    private final String scope;
    private final List<PolicyDifference> differences;

    ConflictDialog(Shell parent, String scope, List<PolicyDifference> differences) {
        super(parent);
        this.scope = scope;
        this.differences = differences;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ConflictDialog_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText(NLS.bind(Messages.ConflictDialog_message, scope));
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(message);
        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setData(WidgetIds.KEY, WidgetIds.SETTINGS_CONFLICT_TABLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, Messages.ConflictDialog_setting, 240,
                difference -> SettingsLabels.path(difference.group(), difference.path()));
        column(table, Messages.ConflictDialog_theirs, 200, difference -> text(difference, difference.theirs()));
        column(table, Messages.ConflictDialog_mine, 200, difference -> text(difference, difference.mine()));
        table.setInput(differences.toArray());
        GridDataFactory.fillDefaults().grab(true, true).hint(660, 200).applyTo(table.getControl());
        return area;
    }

    private static String text(PolicyDifference difference, Object value) {
        return difference.path().isEmpty()
                ? SettingsLabels.presence(value)
                : SettingsLabels.value(difference.feature(), value);
    }

    private static void column(TableViewer table, String title, int width, Function<PolicyDifference, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(
                ColumnLabelProvider.createTextProvider(element -> text.apply((PolicyDifference) element)));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        button(parent, KEEP_THEIRS, Messages.ConflictDialog_keepTheirs, WidgetIds.SETTINGS_CONFLICT_KEEP_THEIRS);
        button(parent, REAPPLY_MINE, Messages.ConflictDialog_reapplyMine, WidgetIds.SETTINGS_CONFLICT_REAPPLY_MINE);
        button(parent, OVERWRITE, Messages.ConflictDialog_overwrite, WidgetIds.SETTINGS_CONFLICT_OVERWRITE);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    private void button(Composite parent, int id, String label, String widgetId) {
        Button button = createButton(parent, id, label, false);
        button.setData(WidgetIds.KEY, widgetId);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        setReturnCode(buttonId);
        close();
    }
}
