package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.Arrays;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The settings editor in front: its scope, its read-only note, the groups on the left and the page of the chosen group,
 * used with the mouse and the keyboard (Ctrl+S, Ctrl+Z, Ctrl+Y).
 */
public final class SettingsEditor {

    private final Widgets widgets;
    private final Input input;

    SettingsEditor(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits until the editor of {@code scopeTitle} (ending in '*': starting with) is in front and has loaded. */
    SettingsEditor waitFor(String scopeTitle) {
        Wait.until("the settings editor of '" + scopeTitle + "' is shown", () -> {
            String shown = text(WidgetIds.SETTINGS_SCOPE);
            return scopeTitle.endsWith("*")
                    ? shown.startsWith(scopeTitle.substring(0, scopeTitle.length() - 1))
                    : scopeTitle.equals(shown);
        });
        Wait.untilOnUi("the groups of '" + scopeTitle + "' are listed",
                () -> widgets.byId(Table.class, WidgetIds.SETTINGS_GROUPS).getItemCount() > 0);
        return this;
    }

    /** The line naming scope and server. */
    public String scope() {
        return text(WidgetIds.SETTINGS_SCOPE);
    }

    /** The read-only note, or {@code null} when none is shown. */
    public String readOnlyNote() {
        return UiThread.call(() -> {
            Label note = Widgets.first(Label.class,
                    label -> WidgetIds.SETTINGS_READ_ONLY_NOTE.equals(label.getData(WidgetIds.KEY)));
            return note == null ? null : note.getText();
        });
    }

    /** Clicks the group {@code label} in the list of groups and waits for its page. */
    public void selectGroup(String label) {
        Table groups = widgets.byId(Table.class, WidgetIds.SETTINGS_GROUPS);
        TableItem row = UiThread.call(() -> Arrays.stream(groups.getItems())
                .filter(item -> label.equals(item.getText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("No group " + label)));
        input.click(Input.centre(row));
        Wait.untilOnUi("the page of " + label + " is shown", () -> groups.getSelectionCount() == 1
                && label.equals(groups.getSelection()[0].getText(0)));
    }

    /** Where the shown group comes from, e.g. "Set here" or "Inherited from: Root". */
    public String groupSource() {
        return text(WidgetIds.SETTINGS_GROUP_SOURCE);
    }

    /** Clicks "Override" on the shown group. */
    public void override() {
        click(WidgetIds.SETTINGS_OVERRIDE);
        widgets.byId(Button.class, WidgetIds.SETTINGS_REVERT);
    }

    /** @return whether the shown group's "Override" button may be pressed */
    public boolean canOverride() {
        Button button = widgets.byId(Button.class, WidgetIds.SETTINGS_OVERRIDE);
        return UiThread.call(button::isEnabled);
    }

    /** Clicks the radio button or check box of choice {@code literal} of the field at {@code path}. */
    public void choose(String path, String literal) {
        click(WidgetIds.SETTINGS_FIELD_PREFIX + path + '.' + literal);
    }

    /** @return whether the choice {@code literal} of the field at {@code path} is selected */
    public boolean isChosen(String path, String literal) {
        Button button = widgets.byId(Button.class, WidgetIds.SETTINGS_FIELD_PREFIX + path + '.' + literal);
        return UiThread.call(button::getSelection);
    }

    /** @return whether the choice can be changed */
    public boolean isEditable(String path, String literal) {
        Button button = widgets.byId(Button.class, WidgetIds.SETTINGS_FIELD_PREFIX + path + '.' + literal);
        return UiThread.call(button::isEnabled);
    }

    /**
     * Replaces what the text field at {@code path} holds by typing, as a person does: click into it, delete what is
     * there, type, and leave the field with Tab, which takes the value.
     */
    public void typeInto(String path, String text) {
        Text field = widgets.byId(Text.class, WidgetIds.SETTINGS_FIELD_PREFIX + path);
        UiThread.run(() -> reveal(field));
        input.click(Input.centre(field));
        Wait.untilOnUi("the field " + path + " has the focus", field::isFocusControl);
        input.press(KeyEvent.VK_END);
        int length = UiThread.call(() -> field.getText().length());
        for (int i = 0; i < length; i++) {
            input.press(KeyEvent.VK_BACK_SPACE);
        }
        input.type(text);
        input.press(KeyEvent.VK_TAB);
    }

    /** Scrolls the editor's page so that the control is in view, as a person would before clicking it. */
    private static void reveal(Control control) {
        for (Composite at = control.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrolledComposite scroller) {
                scroller.showControl(control);
                return;
            }
        }
    }

    /** @return the text field's value */
    public String textOf(String path) {
        Text field = widgets.byId(Text.class, WidgetIds.SETTINGS_FIELD_PREFIX + path);
        return UiThread.call(field::getText);
    }

    /** @return the message shown beside the field at {@code path}, or {@code null} when none is shown */
    public String messageOf(String path) {
        return UiThread.call(() -> {
            Label message = Widgets.first(Label.class, label -> (WidgetIds.SETTINGS_MESSAGE_PREFIX + path)
                    .equals(label.getData(WidgetIds.KEY)));
            return message == null || message.getText().isEmpty() ? null : message.getText();
        });
    }

    /** @return whether the editor's tab says it has unsaved changes */
    public boolean isDirty() {
        Control scope = widgets.byId(Control.class, WidgetIds.SETTINGS_SCOPE);
        return UiThread.call(() -> {
            for (Composite at = scope.getParent(); at != null; at = at.getParent()) {
                if (at instanceof CTabFolder folder) {
                    return folder.getSelection() != null && folder.getSelection().getText().startsWith("*");
                }
            }
            throw new AssertionError("The settings editor is not in a part stack");
        });
    }

    /** Presses Ctrl+S. */
    public void save() {
        input.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
    }

    /** Presses Ctrl+Z. */
    public void undo() {
        input.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
    }

    /** Presses Ctrl+Y. */
    public void redo() {
        input.chord(KeyEvent.VK_Y, KeyEvent.VK_CONTROL);
    }

    private void click(String id) {
        input.click(Input.centre(widgets.byId(Control.class, id)));
    }

    private String text(String id) {
        Label label = widgets.byId(Label.class, id);
        return UiThread.call(label::getText);
    }
}
