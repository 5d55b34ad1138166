package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.SettingText;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.merge.SettingPath;
import io.bulwark.ui.PolicyWidgetIds;
import io.bulwark.ui.WidgetIds;

/**
 * The merge dialog: every change applying would make, per target, before anything is written. A change of yours is
 * written, a change made on the server since the base is kept, and a setting both sides changed differently is a
 * conflict shown with base, theirs and yours, for the administrator to choose a side. A template's first apply to a
 * target has no base: every difference from the target is listed as a change. Apply stays disabled until every conflict
 * has a choice and no target breaks a rule.
 */
final class MergeDialog extends Dialog {

    private static final int CHOICE_COLUMN = 6;

    private final ApplySession session;
    private final List<ApplyPreview> previews;
    private final String note;
    private final List<Map<SettingPath, MergeSide>> choices = new ArrayList<>();
    private final Map<TableItem, Conflict> conflictRows = new HashMap<>();
    private Table table;

    private record Conflict(int preview, SettingConflict conflict) {
    }

    MergeDialog(ApplySession session, List<ApplyPreview> previews, String note) {
        super(session.shell());
        this.session = session;
        this.previews = previews;
        this.note = note;
        previews.forEach(preview -> choices.add(new HashMap<>()));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return the side chosen for each conflict, per preview in order */
    List<Map<SettingPath, MergeSide>> choices() {
        return choices;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.MergeDialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        summary.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_MERGE_SUMMARY);
        summary.setText(summary());
        GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(summary);
        table = Tables.create(area, PolicyWidgetIds.POLICIES_MERGE_TABLE, Messages.MergeDialog_scope,
                Messages.MergeDialog_setting, Messages.MergeDialog_action, Messages.MergeDialog_base,
                Messages.MergeDialog_theirs, Messages.MergeDialog_yours, Messages.MergeDialog_choice);
        for (int index = 0; index < previews.size(); index++) {
            rows(index, previews.get(index));
        }
        Tables.pack(table);
        Composite sides = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(sides);
        new Label(sides, SWT.NONE).setText(Messages.MergeDialog_chooseFor);
        sideButton(sides, Messages.MergeDialog_useBase, PolicyWidgetIds.POLICIES_MERGE_BASE, MergeSide.BASE);
        sideButton(sides, Messages.MergeDialog_useTheirs, PolicyWidgetIds.POLICIES_MERGE_THEIRS, MergeSide.THEIRS);
        sideButton(sides, Messages.MergeDialog_useYours, PolicyWidgetIds.POLICIES_MERGE_YOURS, MergeSide.YOURS);
        return area;
    }

    private String summary() {
        long conflicts = previews.stream().mapToLong(preview -> preview.conflicts().size()).sum();
        long changes = previews.stream().mapToLong(preview -> preview.changes().size()).sum();
        String text = NLS.bind(Messages.MergeDialog_summary, new Object[]{session.title(), Long.valueOf(changes),
                Long.valueOf(conflicts)});
        for (ApplyPreview preview : previews) {
            if (preview.firstApply()) {
                text += "\n" + NLS.bind(Messages.MergeDialog_firstApply, session.label(preview.target())); //$NON-NLS-1$
            }
            if (!preview.problems().isEmpty()) {
                text += "\n" + NLS.bind(Messages.MergeDialog_problems, //$NON-NLS-1$
                        session.label(preview.target()), String.join("; ", preview.problems())); //$NON-NLS-1$
            }
        }
        return note == null ? text : note + "\n\n" + text; //$NON-NLS-1$
    }

    private void rows(int index, ApplyPreview preview) {
        String scope = session.label(preview.target());
        if (preview.nothingToApply()) {
            Tables.row(table, scope, "", Messages.MergeDialog_nothing, "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        for (SettingChange change : preview.changes()) {
            boolean group = change.path().isGroup();
            Tables.row(table, scope, change.path().toString(), Messages.MergeDialog_write,
                    SettingText.of(change.before(), group), SettingText.of(change.before(), group),
                    SettingText.of(change.after(), group), Messages.MergeDialog_yoursChoice);
        }
        for (SettingChange change : preview.kept()) {
            boolean group = change.path().isGroup();
            Tables.row(table, scope, change.path().toString(), Messages.MergeDialog_keep,
                    SettingText.of(change.before(), group), SettingText.of(change.after(), group),
                    SettingText.of(change.before(), group), Messages.MergeDialog_theirsChoice);
        }
        for (SettingConflict conflict : preview.conflicts()) {
            boolean group = conflict.path().isGroup();
            TableItem item = Tables.row(table, scope, conflict.path().toString(), Messages.MergeDialog_conflict,
                    SettingText.of(conflict.base(), group), SettingText.of(conflict.theirs(), group),
                    SettingText.of(conflict.yours(), group), Messages.MergeDialog_unresolved);
            conflictRows.put(item, new Conflict(index, conflict));
        }
    }

    private void sideButton(Composite parent, String label, String id, MergeSide side) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> choose(side));
    }

    /** Gives the selected conflicts the side. */
    private void choose(MergeSide side) {
        for (TableItem item : table.getSelection()) {
            Conflict row = conflictRows.get(item);
            if (row != null) {
                choices.get(row.preview()).put(row.conflict().path(), side);
                item.setText(CHOICE_COLUMN, sideName(side));
            }
        }
        updateApply();
    }

    private static String sideName(MergeSide side) {
        return switch (side) {
            case BASE -> Messages.MergeDialog_baseChoice;
            case THEIRS -> Messages.MergeDialog_theirsChoice;
            case YOURS -> Messages.MergeDialog_yoursChoice;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button apply = createButton(parent, IDialogConstants.OK_ID, Messages.MergeDialog_apply, false);
        apply.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_MERGE_APPLY);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        updateApply();
    }

    private void updateApply() {
        Button apply = getButton(IDialogConstants.OK_ID);
        if (apply != null) {
            apply.setEnabled(canApply());
        }
    }

    /** @return whether every conflict has a side, no target breaks a rule, and something is to be applied */
    private boolean canApply() {
        boolean anything = false;
        for (int index = 0; index < previews.size(); index++) {
            ApplyPreview preview = previews.get(index);
            if (!preview.problems().isEmpty()) {
                return false;
            }
            for (SettingConflict conflict : preview.conflicts()) {
                if (!choices.get(index).containsKey(conflict.path())) {
                    return false;
                }
            }
            anything |= !preview.nothingToApply() || !preview.kept().isEmpty();
        }
        return anything;
    }
}
