package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The widgets the administration parts share, read and driven as a person does: tables to read, buttons to press,
 * fields to type into, the server drop-down to read.
 */
public class AdministrationParts {

    protected final Widgets widgets;
    protected final Input input;

    AdministrationParts(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the main window and brings it to the front. */
    public static AdministrationParts waitForIt() {
        Shell shell = Widgets.shell("Bulwark");
        Input input = new Input();
        input.activate(shell);
        return new AdministrationParts(new Widgets(WidgetIds.KEY), input);
    }

    /** Brings the Components part to the front. */
    public ComponentsPart components() {
        PartTabs.show(input, "io.bulwark.ui.part.components");
        return new ComponentsPart(widgets, input);
    }

    /** Brings the Accounts part to the front. */
    public AdministrationParts accounts() {
        PartTabs.show(input, "io.bulwark.ui.part.accounts");
        return this;
    }

    /** Brings the Audit Log part to the front. */
    public AuditPart audit() {
        PartTabs.show(input, "io.bulwark.ui.part.audit");
        return new AuditPart(widgets, input);
    }

    /** Brings the Backups part to the front. */
    public BackupsPart backups() {
        PartTabs.show(input, "io.bulwark.ui.part.backups");
        return new BackupsPart(widgets, input);
    }

    /** Brings the Dashboard part to the front. */
    public DashboardPart dashboard() {
        PartTabs.show(input, "io.bulwark.ui.part.dashboard");
        return new DashboardPart(widgets);
    }

    /** The rows of the table {@code id}, each as its cells' texts. */
    public List<List<String>> rows(String id) {
        Table table = widgets.byId(Table.class, id);
        return UiThread.call(() -> Arrays.stream(table.getItems()).map(item -> cells(item, table.getColumnCount()))
                .toList());
    }

    private static List<String> cells(TableItem item, int columns) {
        return java.util.stream.IntStream.range(0, Math.max(columns, 1)).mapToObj(item::getText).toList();
    }

    /** The text of the label {@code id}. */
    public String label(String id) {
        Label label = widgets.byId(Label.class, id);
        return UiThread.call(label::getText);
    }

    /** The text the drop-down {@code id} shows. */
    public String combo(String id) {
        Combo combo = widgets.byId(Combo.class, id);
        return UiThread.call(combo::getText);
    }

    /** Whether the button {@code id} can be pressed. */
    public boolean isEnabled(String id) {
        Button button = widgets.byId(Button.class, id);
        return UiThread.call(button::isEnabled);
    }

    /** Clicks the button {@code id} once it can be pressed. */
    public void press(String id) {
        Button button = widgets.byId(Button.class, id);
        Wait.until("the button " + id + " can be pressed", () -> UiThread.call(button::isEnabled));
        reveal(button);
        input.click(visibleCentre(button));
    }

    /**
     * Scrolls the part so that {@code control} is in view, as a person scrolls before clicking: the administration
     * parts share a corner of the window and scroll when it is smaller than they are.
     */
    protected static void reveal(Control control) {
        UiThread.run(() -> {
            for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrolledComposite scrolled) {
                    scrolled.showControl(control);
                    return;
                }
            }
        });
    }

    /**
     * The centre of the part of {@code control} the part shows: a wide field in a narrow part is clicked where a person
     * sees it.
     */
    protected static Point visibleCentre(Control control) {
        return UiThread.call(() -> {
            Rectangle shown = control.getDisplay().map(control.getParent(), null, control.getBounds());
            for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
                Rectangle area = parent.getDisplay().map(parent, null, parent.getClientArea());
                shown = shown.intersection(area);
            }
            return new Point(shown.x + shown.width / 2, shown.y + shown.height / 2);
        });
    }

    /** Clicks the row of table {@code id} whose first cell is {@code firstCell}. */
    public void clickRow(String id, String firstCell) {
        Table table = widgets.byId(Table.class, id);
        TableItem row = Wait.forValue("a row of " + id + " shows " + firstCell,
                () -> UiThread.call(() -> Arrays.stream(table.getItems())
                        .filter(item -> firstCell.equals(item.getText(0))).findFirst().orElse(null)));
        reveal(table);
        input.click(UiThread.call(() -> {
            Rectangle cell = row.getBounds(0);
            return table.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
        }));
    }

    /** Clicks into the field {@code id}, replaces its text by typing {@code text}, and presses Enter. */
    public void typeAndEnter(String id, String text) {
        type(id, text);
        input.press(java.awt.event.KeyEvent.VK_ENTER);
    }

    /** Clicks into the field {@code id} and replaces its text by typing {@code text}. */
    public void type(String id, String text) {
        Text field = widgets.byId(Text.class, id);
        reveal(field);
        input.click(visibleCentre(field));
        Wait.until("the field " + id + " has the focus", () -> UiThread.call(field::isFocusControl));
        input.chord(java.awt.event.KeyEvent.VK_A, java.awt.event.KeyEvent.VK_CONTROL);
        input.press(java.awt.event.KeyEvent.VK_BACK_SPACE);
        input.type(text);
        Wait.until("the field " + id + " shows what was typed", () -> UiThread.call(field::getText).equals(text));
    }
}
