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
import io.bulwark.ui.PolicyWidgetIds;

/** The Policy Workspace Folder dialog: the folder, what is wrong with it, Default and Use Folder. */
public final class WorkspaceFolderDialog {

    private final Shell shell;
    private final Widgets widgets;
    private final Input input;

    private WorkspaceFolderDialog(Shell shell, Widgets widgets, Input input) {
        this.shell = shell;
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the dialog to open. */
    static WorkspaceFolderDialog waitForIt(Widgets widgets, Input input) {
        return new WorkspaceFolderDialog(Widgets.shell("Policy Workspace Folder"), widgets, input);
    }

    /** @return the folder the field shows */
    public String folder() {
        Text field = widgets.byId(Text.class, PolicyWidgetIds.POLICIES_FOLDER_TEXT);
        return UiThread.call(field::getText);
    }

    /** Replaces what the folder field holds by typing {@code folder}. */
    public WorkspaceFolderDialog folder(String folder) {
        Text field = widgets.byId(Text.class, PolicyWidgetIds.POLICIES_FOLDER_TEXT);
        input.activate(shell);
        input.click(Input.centre(field));
        Wait.untilOnUi("the folder field has the keyboard focus", field::isFocusControl);
        input.chord(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        input.type(folder);
        Wait.untilOnUi("the folder field shows what was typed", () -> field.getText().equals(folder));
        return this;
    }

    /** Clicks Default, which puts the default folder in the field. */
    public WorkspaceFolderDialog useDefault() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_FOLDER_DEFAULT)));
        return this;
    }

    /** @return what the dialog says of the folder typed */
    public String message() {
        Label message = widgets.byId(Label.class, PolicyWidgetIds.POLICIES_FOLDER_MESSAGE);
        return UiThread.call(message::getText);
    }

    /** @return every text of the dialog's labels, one per line */
    public String texts() {
        return UiThread.call(() -> {
            StringBuilder text = new StringBuilder();
            Widgets.labelTexts(shell).forEach(label -> text.append(label).append('\n'));
            return text.toString();
        });
    }

    /** @return whether Use Folder may be clicked */
    public boolean useEnabled() {
        Button use = widgets.byId(Button.class, PolicyWidgetIds.POLICIES_FOLDER_USE);
        return UiThread.call(use::isEnabled);
    }

    /** Clicks Use Folder and waits for the dialog to close. */
    public void use() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_FOLDER_USE)));
        Wait.untilOnUi("the Policy Workspace Folder dialog is closed", shell::isDisposed);
    }
}
