package io.bulwark.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The Details part: a heading and a tree of rows (property, value, the scope a setting is set at). */
public final class DetailsPart {

    /**
     * One row as the part shows it.
     *
     * @param path
     *            the labels from the top row down to this one, joined by " / "
     * @param value
     *            the value column
     * @param source
     *            the "set at" column
     */
    public record Row(String path, String value, String source) {
    }

    private final Label title;
    private final Tree tree;

    public DetailsPart(Widgets widgets) {
        this.title = widgets.byId(Label.class, WidgetIds.DETAILS_TITLE);
        this.tree = widgets.byId(Tree.class, WidgetIds.DETAILS_TREE);
    }

    /** What the part shows, e.g. "Agent host-1". */
    public String title() {
        return UiThread.call(title::getText);
    }

    /** Every row, depth first, as far as the tree is expanded (the part expands everything). */
    public List<Row> rows() {
        return UiThread.call(() -> {
            List<Row> rows = new ArrayList<>();
            collect(tree.getItems(), "", rows);
            return rows;
        });
    }

    /** The row at {@code path} ("Facts / Host name"), if shown. */
    public Optional<Row> row(String path) {
        return rows().stream().filter(row -> row.path().equals(path)).findFirst();
    }

    private static void collect(TreeItem[] items, String prefix, List<Row> rows) {
        for (TreeItem item : items) {
            String path = prefix.isEmpty() ? item.getText(0) : prefix + " / " + item.getText(0);
            rows.add(new Row(path, item.getText(1), item.getText(2)));
            if (item.getExpanded()) {
                collect(item.getItems(), path, rows);
            }
        }
    }
}
