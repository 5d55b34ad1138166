package io.bulwark.ui.internal.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the controls of one settings page share: whether they may change anything, how a change is made (a command on
 * the editor's command stack), the bindings that show the model, and which row each list shows in detail.
 */
final class FormContext {

    private final EditingDomain editingDomain;
    private final boolean editable;
    private final Consumer<Command> executor;
    private final Runnable rebuild;
    private final List<FieldBinding> bindings = new ArrayList<>();
    private final Map<String, Integer> listSelections;

    /**
     * @param editingDomain
     *            the editing domain of the working copy
     * @param editable
     *            whether the controls may change the model
     * @param executor
     *            runs a command on the editor's command stack
     * @param rebuild
     *            builds the page again, after its structure changed
     * @param listSelections
     *            the row each list shows in detail, by field path; kept across rebuilds
     */
    FormContext(EditingDomain editingDomain, boolean editable, Consumer<Command> executor, Runnable rebuild,
            Map<String, Integer> listSelections) {
        this.editingDomain = editingDomain;
        this.editable = editable;
        this.executor = executor;
        this.rebuild = rebuild;
        this.listSelections = listSelections == null ? new HashMap<>() : listSelections;
    }

    EditingDomain editingDomain() {
        return editingDomain;
    }

    boolean editable() {
        return editable;
    }

    void execute(Command command) {
        if (editable && command.canExecute()) {
            executor.accept(command);
        }
    }

    void rebuild() {
        rebuild.run();
    }

    void add(FieldBinding binding) {
        bindings.add(binding);
    }

    List<FieldBinding> bindings() {
        return bindings;
    }

    int selectedRow(String path) {
        return listSelections.getOrDefault(path, Integer.valueOf(0)).intValue();
    }

    void selectRow(String path, int row) {
        listSelections.put(path, Integer.valueOf(row));
    }
}
