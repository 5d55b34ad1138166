package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.PolicyWidgetIds;

/** The merge dialog of Apply to Server: every change per target, conflicts with base, theirs and yours. */
public final class MergeDialog {

    private final Shell shell;
    private final Widgets widgets;
    private final Input input;

    private MergeDialog(Shell shell, Widgets widgets, Input input) {
        this.shell = shell;
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the dialog to open. */
    public static MergeDialog waitForIt(Widgets widgets, Input input) {
        return new MergeDialog(Widgets.shell("Apply Policies"), widgets, input);
    }

    /** @return the summary above the table: what applying writes, conflicts, first applies of a template */
    public String summary() {
        Label summary = widgets.byId(Label.class, PolicyWidgetIds.POLICIES_MERGE_SUMMARY);
        return UiThread.call(summary::getText);
    }

    /** The rows of the table: scope, setting, action, base, theirs, yours, result. */
    public List<List<String>> rows() {
        Table table = widgets.byId(Table.class, PolicyWidgetIds.POLICIES_MERGE_TABLE);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3),
                        item.getText(4), item.getText(5), item.getText(6)))
                .toList());
    }

    /** Clicks the row of a setting. */
    public void select(String setting) {
        Table table = widgets.byId(Table.class, PolicyWidgetIds.POLICIES_MERGE_TABLE);
        TableItem row = UiThread.call(() -> Arrays.stream(table.getItems())
                .filter(item -> item.getText(1).equals(setting)).findFirst().orElseThrow());
        input.click(Input.centre(row));
    }

    /** Clicks "Use Theirs" for the selected conflicts. */
    public void useTheirs() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_MERGE_THEIRS)));
    }

    /** Clicks "Use Yours" for the selected conflicts. */
    public void useYours() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_MERGE_YOURS)));
    }

    /** @return whether Apply may be clicked */
    public boolean applyEnabled() {
        Button apply = widgets.byId(Button.class, PolicyWidgetIds.POLICIES_MERGE_APPLY);
        return UiThread.call(apply::isEnabled);
    }

    /** Clicks Apply. */
    public void apply() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_MERGE_APPLY)));
    }

    /** @return whether the dialog has closed */
    public boolean isClosed() {
        return UiThread.call(shell::isDisposed);
    }
}
