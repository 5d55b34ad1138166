package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.PolicyWidgetIds;

/** The dialog of Compare with Server: every setting that differs between the workspace and the server. */
public final class ComparisonDialog {

    /** The dialog's title. */
    public static final String TITLE = "Workspace Compared with the Server";

    private final Shell shell;
    private final Widgets widgets;

    private ComparisonDialog(Shell shell, Widgets widgets) {
        this.shell = shell;
        this.widgets = widgets;
    }

    /** Waits for the dialog to open. */
    static ComparisonDialog waitForIt(Widgets widgets) {
        return new ComparisonDialog(Widgets.shell(TITLE), widgets);
    }

    /** The rows of the table: scope, setting, difference, on the server, in the workspace. */
    public List<List<String>> rows() {
        Table table = widgets.byId(Table.class, PolicyWidgetIds.POLICIES_COMPARISON_TABLE);
        return UiThread.call(() -> Arrays.stream(table.getItems()).map(item -> List.of(item.getText(0),
                item.getText(1), item.getText(2), item.getText(3), item.getText(4))).toList());
    }

    /** @return the texts of the dialog's labels: the summary and the notes on scopes only one side has */
    public String summary() {
        return UiThread.call(() -> {
            StringBuilder text = new StringBuilder();
            Widgets.labelTexts(shell).forEach(label -> text.append(label).append('\n'));
            return text.toString();
        });
    }

}
