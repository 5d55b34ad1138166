package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The Servers part as a person uses it: rows to read, click and move through with the keyboard. */
public final class ServersPart {

    private static final int NAME_COLUMN = 0;
    private static final int ADDRESS_COLUMN = 1;
    private static final int STATE_COLUMN = 2;

    private final Table table;
    private final Input input;

    ServersPart(Widgets widgets, Input input) {
        this.table = widgets.byId(Table.class, WidgetIds.SERVERS_TABLE);
        this.input = input;
    }

    /** The name column, top to bottom. */
    public List<String> names() {
        return column(NAME_COLUMN);
    }

    /** The address column, top to bottom. */
    public List<String> addresses() {
        return column(ADDRESS_COLUMN);
    }

    /** The state column, top to bottom. */
    public List<String> states() {
        return column(STATE_COLUMN);
    }

    /** The addresses of the selected rows. */
    public List<String> selectedAddresses() {
        return UiThread.call(() -> Arrays.stream(table.getSelection()).map(item -> item.getText(ADDRESS_COLUMN))
                .toList());
    }

    /** Clicks the row showing {@code address}. */
    public void clickRow(String address) {
        TableItem row = UiThread.call(() -> Arrays.stream(table.getItems())
                .filter(item -> address.equals(item.getText(ADDRESS_COLUMN))).findFirst()
                .orElseThrow(() -> new AssertionError("No row shows " + address)));
        input.click(Input.centre(row));
    }

    /** Presses the down-arrow key, as a person moving to the next row. */
    public void pressDown() {
        input.press(KeyEvent.VK_DOWN);
    }

    private List<String> column(int index) {
        return UiThread.call(() -> Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList());
    }
}
