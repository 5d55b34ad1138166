package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The Agents part as a person uses it: a filter box to type in, a check box for update agents only, a message line, and
 * one tree over every server whose rows are read, clicked, dragged and moved through with the keyboard. Rows are named
 * by their path of labels from the top, e.g. {@code ("Remote site (Connected)", "Sales")}.
 */
public final class AgentsPart {

    private final Tree tree;
    private final Text filter;
    private final Button updateAgentsOnly;
    private final Input input = new Input();

    AgentsPart(Widgets widgets) {
        this.tree = widgets.byId(Tree.class, WidgetIds.AGENTS_TREE);
        this.filter = widgets.byId(Text.class, WidgetIds.AGENTS_FILTER_TEXT);
        this.updateAgentsOnly = widgets.byId(Button.class, WidgetIds.AGENTS_UPDATE_AGENTS_ONLY);
    }

    /** @return the tree, e.g. for a screenshot */
    public Tree tree() {
        return tree;
    }

    /** The labels of the top-level rows (one per server). */
    public List<String> topLevelLabels() {
        return UiThread.call(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
    }

    /** The labels of the selected rows. */
    public List<String> selectedLabels() {
        return UiThread.call(() -> Arrays.stream(tree.getSelection()).map(TreeItem::getText).toList());
    }

    /** The labels of the rows directly below the top-level row {@code label}, as far as the tree shows them. */
    public List<String> childLabels(String label) {
        return childLabels(List.of(label));
    }

    /** The labels of the rows directly below the row at {@code path}, empty while it is closed or absent. */
    public List<String> childLabels(List<String> path) {
        return UiThread.call(() -> item(path).filter(TreeItem::getExpanded)
                .map(item -> Arrays.stream(item.getItems()).map(TreeItem::getText).toList()).orElse(List.of()));
    }

    /** Whether the row at {@code path} is open. */
    public boolean isExpanded(List<String> path) {
        return UiThread.call(() -> item(path).map(TreeItem::getExpanded).orElse(Boolean.FALSE)).booleanValue();
    }

    /** The labels of every row the tree shows below the top-level row {@code label}, through every open row. */
    public List<String> shownLabelsBelow(String label) {
        return UiThread.call(() -> {
            List<String> labels = new ArrayList<>();
            item(List.of(label)).ifPresent(item -> collect(item, labels));
            return labels;
        });
    }

    private static void collect(TreeItem parent, List<String> labels) {
        if (!parent.getExpanded()) {
            return;
        }
        for (TreeItem child : parent.getItems()) {
            labels.add(child.getText());
            collect(child, labels);
        }
    }

    /** Clicks into the filter box and types {@code text} key by key, as a person would. */
    public void typeFilter(String text) {
        input.click(Input.centre(filter));
        input.type(text);
    }

    /** Empties the filter box with the keyboard: select all, delete. */
    public void clearFilter() {
        input.click(Input.centre(filter));
        input.chord(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        input.press(KeyEvent.VK_BACK_SPACE);
    }

    /** @return the text in the filter box */
    public String filterText() {
        return UiThread.call(filter::getText);
    }

    /** Clicks the "update agents only" check box. */
    public void toggleUpdateAgentsOnly() {
        input.click(Input.centre(updateAgentsOnly));
    }

    /** @return whether the "update agents only" check box is ticked */
    public boolean isUpdateAgentsOnly() {
        return UiThread.call(updateAgentsOnly::getSelection).booleanValue();
    }

    /** @return the message line, empty while it is hidden */
    public String message() {
        return UiThread.call(() -> {
            Label message = Widgets.first(Label.class,
                    label -> WidgetIds.AGENTS_MESSAGE.equals(label.getData(WidgetIds.KEY)));
            return message == null ? "" : message.getText();
        });
    }

    /** Clicks the row at {@code path}, which must be shown. */
    public void clickRow(List<String> path) {
        input.click(Input.centreOfShown(row(path)));
    }

    /** Clicks the first row and Ctrl-clicks the others, selecting them all, as a person picks several rows. */
    public void selectRows(List<List<String>> paths) {
        clickRow(paths.get(0));
        for (List<String> path : paths.subList(1, paths.size())) {
            input.clickHolding(Input.centreOfShown(row(path)), KeyEvent.VK_CONTROL);
        }
    }

    /** Drags the row at {@code from} onto the row at {@code to} with the mouse. */
    public void drag(List<String> from, List<String> to) {
        input.drag(Input.centre(row(from)), Input.centre(row(to)));
    }

    /** Presses one key, a {@link KeyEvent} {@code VK_} code, in whatever has the focus. */
    public void press(int keyCode) {
        input.press(keyCode);
    }

    /** Whether a row at {@code path} is shown. */
    public boolean shows(List<String> path) {
        return UiThread.call(() -> item(path).isPresent()).booleanValue();
    }

    private TreeItem row(List<String> path) {
        return UiThread.call(() -> {
            TreeItem item = item(path).orElseThrow(() -> new AssertionError("The agent tree shows no row " + path));
            tree.showItem(item);
            return item;
        });
    }

    /** The row at {@code path}, looking only through open rows; on the UI thread. */
    private Optional<TreeItem> item(List<String> path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (int i = 0; i < path.size(); i++) {
            if (found != null) {
                if (!found.getExpanded()) {
                    return Optional.empty();
                }
                level = found.getItems();
            }
            String label = path.get(i);
            found = Arrays.stream(level).filter(item -> label.equals(item.getText())).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }
}
