package io.bulwark.ui.internal.settings;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.bulwark.ui.WidgetIds;

/**
 * A list of contained settings objects (update sources, firewall policies and their rules, profiles, location
 * criteria): the entries one per row, buttons to add, remove and reorder them, and below the list the form of the
 * selected entry. Order matters where the first match wins, so entries move up and down.
 */
final class ListField {

    private static final int VISIBLE_ROWS = 4;

    private ListField() {
    }

    static FieldBinding create(Composite parent, EObject object, EReference reference, String path,
            FormContext context) {
        @SuppressWarnings("unchecked")
        List<EObject> entries = (List<EObject>) object.eGet(reference);
        Group frame = new Group(parent, SWT.NONE);
        frame.setText(SettingsLabels.feature(reference));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frame);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(frame);
        return new FieldBinding(object, reference) {
            private TableViewer viewer;

            {
                Composite cell = cell(frame, path, 1);
                viewer = new TableViewer(cell, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
                viewer.getTable().setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path);
                viewer.setContentProvider(ArrayContentProvider.getInstance());
                viewer.setLabelProvider(ColumnLabelProvider.createTextProvider(
                        element -> SettingsLabels.summary((EObject) element)));
                viewer.setInput(entries.toArray());
                GridDataFactory.fillDefaults().grab(true, false)
                        .hint(300, viewer.getTable().getItemHeight() * VISIBLE_ROWS).applyTo(viewer.getControl());
                Composite buttons = new Composite(frame, SWT.NONE);
                GridLayoutFactory.fillDefaults().applyTo(buttons);
                GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
                button(buttons, Messages.ListField_add, WidgetIds.SETTINGS_ADD_PREFIX + path, this::add);
                button(buttons, Messages.ListField_remove, WidgetIds.SETTINGS_REMOVE_PREFIX + path, this::remove);
                button(buttons, Messages.ListField_up, null, () -> move(-1));
                button(buttons, Messages.ListField_down, null, () -> move(1));
                int row = Math.min(context.selectedRow(path), entries.size() - 1);
                if (row >= 0) {
                    viewer.setSelection(new StructuredSelection(entries.get(row)));
                    Composite detail = new Composite(frame, SWT.NONE);
                    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(detail);
                    FeatureForm.build(detail, entries.get(row), path, context);
                }
                viewer.addSelectionChangedListener(event -> {
                    int selected = viewer.getTable().getSelectionIndex();
                    if (selected >= 0 && selected != context.selectedRow(path)) {
                        context.selectRow(path, selected);
                        frame.getDisplay().asyncExec(context::rebuild);
                    }
                });
            }

            private void button(Composite buttons, String text, String id, Runnable action) {
                Button button = new Button(buttons, SWT.PUSH);
                button.setText(text);
                if (id != null) {
                    button.setData(WidgetIds.KEY, id);
                }
                button.setEnabled(context.editable());
                GridDataFactory.fillDefaults().applyTo(button);
                button.addListener(SWT.Selection, event -> action.run());
            }

            private void add() {
                context.selectRow(path, entries.size());
                context.execute(AddCommand.create(context.editingDomain(), object, reference,
                        EcoreUtil.create(reference.getEReferenceType())));
            }

            private void remove() {
                int selected = viewer.getTable().getSelectionIndex();
                if (selected >= 0) {
                    context.execute(RemoveCommand.create(context.editingDomain(), object, reference,
                            entries.get(selected)));
                }
            }

            private void move(int by) {
                int selected = viewer.getTable().getSelectionIndex();
                int target = selected + by;
                if (selected >= 0 && target >= 0 && target < entries.size()) {
                    context.selectRow(path, target);
                    context.execute(MoveCommand.create(context.editingDomain(), object, reference,
                            entries.get(selected), target));
                }
            }

            @Override
            void refresh() {
                viewer.setInput(entries.toArray());
                int row = Math.min(context.selectedRow(path), entries.size() - 1);
                if (row >= 0) {
                    viewer.setSelection(new StructuredSelection(entries.get(row)));
                }
            }
        };
    }
}
