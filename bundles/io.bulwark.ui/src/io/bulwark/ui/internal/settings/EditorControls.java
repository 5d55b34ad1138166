package io.bulwark.ui.internal.settings;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.model.settings.EffectiveSetting;
import io.bulwark.model.settings.InheritedSettings;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.ui.WidgetIds;

/**
 * The frame of a settings editor: which scope it edits, why it is read-only if it is, how many problems stand in the
 * way of saving; on the left the groups with where each comes from, on the right the page of the chosen group.
 */
final class EditorControls {

    private final Composite root;
    private final Label scope;
    private final Label readOnlyNote;
    private final Label status;
    private final TableViewer groups;
    private final ScrolledComposite scroller;
    private final Composite pageArea;
    private List<Diagnostic> problems = List.of();
    private EObject owner;
    private PolicyWorkingCopy copy;

    EditorControls(Composite parent, Consumer<EReference> showGroup) {
        root = parent;
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        scope = new Label(parent, SWT.NONE);
        scope.setData(WidgetIds.KEY, WidgetIds.SETTINGS_SCOPE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scope);
        readOnlyNote = note(parent, WidgetIds.SETTINGS_READ_ONLY_NOTE);
        status = note(parent, WidgetIds.SETTINGS_STATUS);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite list = new Composite(sash, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        list.setLayout(columns);
        groups = new TableViewer(list, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        groups.getTable().setData(WidgetIds.KEY, WidgetIds.SETTINGS_GROUPS);
        groups.getTable().setHeaderVisible(true);
        groups.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, Messages.EditorControls_group, 3,
                element -> SettingsLabels.group((EReference) element));
        column(columns, Messages.EditorControls_source, 2, element -> sourceOf((EReference) element));
        groups.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof EReference group) {
                showGroup.accept(group);
            }
        });
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        pageArea = new Composite(scroller, SWT.NONE);
        scroller.setContent(pageArea);
        sash.setWeights(1, 3);
    }

    private static Label note(Composite parent, String id) {
        Label note = new Label(parent, SWT.WRAP);
        note.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(note);
        note.setVisible(false);
        return note;
    }

    private void column(TableColumnLayout layout, String title, int weight,
            Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(groups, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
    }

    private String sourceOf(EReference group) {
        if (copy == null) {
            return ""; //$NON-NLS-1$
        }
        String source;
        if (copy.policy().eGet(group) != null) {
            source = Messages.EditorControls_setHere;
        } else {
            source = InheritedSettings.of(owner, group).map(EffectiveSetting::owner).map(SettingsScopes::name)
                    .orElse(SettingsScopes.notSet(owner));
        }
        long errors = ProblemGroups.errors(
                problems.stream().filter(problem -> ProblemGroups.groupOf(problem, copy.policy()) == group).toList());
        return errors == 0 ? source : NLS.bind(Messages.EditorControls_sourceWithErrors, source, Long.valueOf(errors));
    }

    /** Says which scope is edited, and why it cannot be changed if it cannot. */
    void scope(String title, String readOnlyReason) {
        scope.setText(title);
        show(readOnlyNote, readOnlyReason, false);
    }

    /** Shows a status line: loading, a failure, or nothing. */
    void status(String text, boolean error) {
        show(status, text, error);
    }

    /** Lists the groups of the working copy and selects the first. */
    void groups(EObject scopeOwner, PolicyWorkingCopy workingCopy) {
        owner = scopeOwner;
        copy = workingCopy;
        groups.setInput(PolicyGroups.all().toArray());
        groups.setSelection(new StructuredSelection(PolicyGroups.all().get(0)));
        status(null, false);
    }

    /** Shows how many problems there are, and where. */
    void problems(List<Diagnostic> found) {
        problems = found;
        groups.refresh();
        long errors = ProblemGroups.errors(found);
        status(errors == 0 ? null : NLS.bind(Messages.EditorControls_errors, Long.valueOf(errors)), true);
    }

    Composite pageArea() {
        return pageArea;
    }

    /** Lays the page out after it was built. */
    void pageBuilt() {
        pageArea.layout(true, true);
        scroller.setMinSize(pageArea.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    Shell shell() {
        return root.getShell();
    }

    boolean isDisposed() {
        return root.isDisposed();
    }

    void setFocus() {
        groups.getControl().setFocus();
    }

    private void show(Label label, String text, boolean error) {
        boolean visible = text != null;
        label.setText(visible ? text : ""); //$NON-NLS-1$
        label.setForeground(error ? label.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        ((GridData) label.getLayoutData()).exclude = !visible;
        label.setVisible(visible);
        root.layout(true, true);
    }
}
