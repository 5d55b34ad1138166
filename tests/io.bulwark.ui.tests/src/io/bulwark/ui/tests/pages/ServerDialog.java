package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The Add Server / Edit Server dialog, filled in by typing as a person does. */
public final class ServerDialog {

    private final Widgets widgets;
    private final Input input;
    private final Shell shell;

    ServerDialog(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
        this.shell = widgets.byId(Shell.class, WidgetIds.SERVER_DIALOG);
    }

    /** Replaces the name by typing. */
    public ServerDialog name(String name) {
        return retype(WidgetIds.SERVER_NAME_TEXT, name);
    }

    /** Replaces the host by typing. */
    public ServerDialog host(String host) {
        return retype(WidgetIds.SERVER_HOST_TEXT, host);
    }

    /** Replaces the port by typing. */
    public ServerDialog port(String port) {
        return retype(WidgetIds.SERVER_PORT_TEXT, port);
    }

    /** Replaces the user by typing. */
    public ServerDialog user(String user) {
        return retype(WidgetIds.SERVER_USER_TEXT, user);
    }

    /** Types the password. */
    public ServerDialog password(String password) {
        return retype(WidgetIds.SERVER_PASSWORD_TEXT, password);
    }

    private ServerDialog retype(String id, String value) {
        Text field = widgets.byId(Text.class, id);
        input.click(Input.centre(field));
        Wait.untilOnUi("the field " + id + " has the keyboard focus", field::isFocusControl);
        input.chord(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        input.type(value);
        Wait.untilOnUi("the field " + id + " shows what was typed", () -> field.getText().equals(value));
        return this;
    }

    /** What the dialog says is wrong with the entry; empty when nothing is. */
    public String problem() {
        Label problem = widgets.byId(Label.class, WidgetIds.SERVER_DIALOG_ERROR);
        return UiThread.call(problem::getText);
    }

    /** Whether OK can be pressed. */
    public boolean canFinish() {
        Button ok = widgets.byId(Button.class, WidgetIds.SERVER_DIALOG_OK);
        return UiThread.call(ok::isEnabled);
    }

    /** Clicks OK and waits for the dialog to close. */
    public void ok() {
        input.click(Input.centre(widgets.byId(Button.class, WidgetIds.SERVER_DIALOG_OK)));
        waitUntilClosed();
    }

    /** Presses Escape and waits for the dialog to close. */
    public void cancel() {
        input.press(KeyEvent.VK_ESCAPE);
        waitUntilClosed();
    }

    private void waitUntilClosed() {
        Wait.untilOnUi("the server dialog is closed", shell::isDisposed);
    }
}
