package io.bulwark.ui.tests.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** Rows of the Agents tree reached by their path of labels, for clicking the scope whose settings a test edits. */
final class AgentTreeRows {

    private final Tree tree;
    private final Input input;

    AgentTreeRows(Widgets widgets, Input input) {
        this.tree = widgets.byId(Tree.class, WidgetIds.AGENTS_TREE);
        this.input = input;
    }

    /** Expands the rows of the path (through the widget, as set-up) and clicks the last one. */
    void select(String... labels) {
        TreeItem row = null;
        for (int i = 0; i < labels.length; i++) {
            TreeItem parent = row;
            String label = labels[i];
            if (parent != null) {
                UiThread.run(() -> expand(parent));
            }
            row = Wait.forValue("the agent tree shows '" + label + "'", () -> find(parent, label));
        }
        TreeItem target = row;
        input.click(Input.centreOfShown(target));
        Wait.untilOnUi("'" + labels[labels.length - 1] + "' is selected",
                () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == target);
    }

    private void expand(TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
    }

    private TreeItem find(TreeItem parent, String label) {
        TreeItem[] rows = parent == null ? tree.getItems() : parent.getItems();
        for (TreeItem row : rows) {
            String text = row.getText();
            if (label.endsWith("*") ? text.startsWith(label.substring(0, label.length() - 1)) : text.equals(label)) {
                return row;
            }
        }
        return null;
    }
}
