package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.Arrays;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.PolicyWidgetIds;

/** The Policy Workspace part: the copies taken offline, below their servers, and the templates. */
public final class PolicyWorkspacePart {

    private final Widgets widgets;
    private final Input input;

    PolicyWorkspacePart(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
    }

    /** Presses Ctrl+Shift+W and waits until the part shows a row starting with {@code label}. */
    static PolicyWorkspacePart show(Widgets widgets, Input input, String label) {
        input.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        PolicyWorkspacePart part = new PolicyWorkspacePart(widgets, input);
        Wait.until("the Policy Workspace shows " + label, () -> part.row(label) != null);
        return part;
    }

    /** Presses Ctrl+Shift+W and waits until the part's tree is shown. */
    static PolicyWorkspacePart show(Widgets widgets, Input input) {
        input.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TREE);
        return new PolicyWorkspacePart(widgets, input);
    }

    /** @return the line above the tree: the workspace folder, and what it holds when it holds nothing */
    public String status() {
        Label status = widgets.byId(Label.class, PolicyWidgetIds.POLICIES_STATUS);
        return UiThread.call(status::getText);
    }

    /** @return the text of the first top-level row (a server or a template) starting with {@code label}, or null */
    public String topText(String label) {
        TreeItem row = top(label);
        return row == null ? null : UiThread.call(row::getText);
    }

    /** Clicks the first top-level row (a server or a template) starting with {@code label}. */
    public void selectTop(String label) {
        Wait.until("the Policy Workspace lists " + label, () -> top(label) != null);
        input.click(Input.centre(top(label)));
    }

    private TreeItem top(String label) {
        Tree tree = widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TREE);
        return UiThread.call(() -> Arrays.stream(tree.getItems()).filter(item -> item.getText().startsWith(label))
                .findFirst().orElse(null));
    }

    /** @return the text of the first copy row starting with {@code label}, or {@code null} */
    public String text(String label) {
        TreeItem row = row(label);
        return row == null ? null : UiThread.call(row::getText);
    }

    /** Clicks the copy row starting with {@code label}. */
    public void select(String label) {
        input.click(Input.centre(row(label)));
    }

    /** Clicks the copy row starting with {@code label} below the server whose row starts with {@code server}. */
    public void select(String server, String label) {
        Tree tree = widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TREE);
        TreeItem row = UiThread.call(() -> Arrays.stream(tree.getItems())
                .filter(item -> item.getText().startsWith(server))
                .flatMap(item -> Arrays.stream(item.getItems())).filter(item -> item.getText().startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("No copy " + label + " of " + server)));
        input.click(Input.centre(row));
    }

    /** Opens the part's context menu from the keyboard (Shift+F10) and chooses the item of the mnemonic key. */
    public void chooseFromMenu(int mnemonicKey) {
        Tree tree = widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TREE);
        input.chord(KeyEvent.VK_F10, KeyEvent.VK_SHIFT);
        Wait.untilOnUi("the Policy Workspace's context menu is open",
                () -> tree.getMenu() != null && tree.getMenu().isVisible());
        input.press(mnemonicKey);
    }

    /** Double-clicks the copy row starting with {@code label}, which opens it in the settings editor. */
    public void open(String label) {
        input.doubleClick(Input.centre(row(label)));
    }

    private TreeItem row(String label) {
        Tree tree = widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TREE);
        return UiThread.call(() -> Arrays.stream(tree.getItems()).flatMap(server -> Arrays.stream(server.getItems()))
                .filter(item -> item.getText().startsWith(label)).findFirst().orElse(null));
    }
}
