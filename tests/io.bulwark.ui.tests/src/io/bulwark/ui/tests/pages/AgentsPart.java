package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The Agents part: one tree over every server. */
public final class AgentsPart {

    private final Tree tree;

    AgentsPart(Widgets widgets) {
        this.tree = widgets.byId(Tree.class, WidgetIds.AGENTS_TREE);
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
        return UiThread.call(() -> Arrays.stream(tree.getItems()).filter(item -> label.equals(item.getText()))
                .findFirst().map(item -> item.getExpanded()
                        ? Arrays.stream(item.getItems()).map(TreeItem::getText).toList()
                        : List.<String>of())
                .orElse(List.of()));
    }
}
