package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The dialog that shows theirs and mine after someone else saved the same settings. */
public final class ConflictDialog {

    private static final String TITLE = "Settings Changed on the Server";

    private final Shell shell;
    private final Widgets widgets;
    private final Input input;

    private ConflictDialog(Shell shell, Widgets widgets, Input input) {
        this.shell = shell;
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the dialog to open. */
    public static ConflictDialog waitForIt(Widgets widgets, Input input) {
        return new ConflictDialog(Widgets.shell(TITLE), widgets, input);
    }

    /** The rows of the table: setting, theirs, yours. */
    public List<List<String>> rows() {
        Table table = widgets.byId(Table.class, WidgetIds.SETTINGS_CONFLICT_TABLE);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> List.of(item.getText(0), item.getText(1), item.getText(2))).toList());
    }

    /** Clicks "Keep Theirs and Reapply Mine". */
    public void reapplyMine() {
        input.click(Input.centre(widgets.byId(Button.class, WidgetIds.SETTINGS_CONFLICT_REAPPLY_MINE)));
    }

    /** @return whether the dialog has closed */
    public boolean isClosed() {
        return UiThread.call(shell::isDisposed);
    }
}
