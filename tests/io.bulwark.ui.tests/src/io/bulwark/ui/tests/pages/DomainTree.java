package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The agent tree as the domain commands use it: rows found by their labels from the server down (an agent row by its
 * host name), clicked, expanded and given keys, all as real input.
 */
public final class DomainTree {

    private final Tree tree;
    private final Input input;

    public DomainTree(Widgets widgets, Input input) {
        this.tree = widgets.byId(Tree.class, WidgetIds.AGENTS_TREE);
        this.input = input;
    }

    /** Waits for the row at {@code path} (an agent by "host-name" prefix) and clicks it. */
    public void click(String... path) {
        TreeItem item = Wait.forValue("the agent tree shows " + String.join(" / ", path), () -> find(path));
        // Without a window manager a closed dialog leaves no window focused; a person clicks the window first.
        input.activate(UiThread.call(tree::getShell));
        input.click(Input.centreOfShown(item));
        Wait.untilOnUi(String.join(" / ", path) + " is selected",
                () -> tree.getSelection().length == 1 && tree.getSelection()[0] == item);
    }

    /** Clicks the row at {@code path} and opens it with the '+' key, as a person using the keyboard does. */
    public void expand(String... path) {
        click(path);
        input.type("+");
        Wait.untilOnUi(String.join(" / ", path) + " is expanded", () -> {
            TreeItem item = find(path);
            return item != null && item.getExpanded();
        });
    }

    /** Presses a key with modifiers while the tree has the focus, e.g. Ctrl+Shift+N. */
    public void press(int keyCode, int... modifiers) {
        input.chord(keyCode, modifiers);
    }

    /** Presses F2. */
    public void pressF2() {
        input.press(KeyEvent.VK_F2);
    }

    /** @return whether the tree shows a row at {@code path} */
    public boolean shows(String... path) {
        return UiThread.call(() -> find(path) != null);
    }

    /** @return the labels of the rows below the row at {@code path}, empty if it is not shown or closed */
    public List<String> childLabels(String... path) {
        return UiThread.call(() -> {
            TreeItem item = find(path);
            return item == null || !item.getExpanded()
                    ? List.<String>of()
                    : Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
        });
    }

    private TreeItem find(String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            found = null;
            for (TreeItem item : level) {
                String text = item.getText();
                if (text.equals(label) || text.startsWith(label + " (")) {
                    found = item;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            level = found.getExpanded() ? found.getItems() : new TreeItem[0];
        }
        return found;
    }
}
