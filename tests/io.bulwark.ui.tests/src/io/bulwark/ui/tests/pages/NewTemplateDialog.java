package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.PolicyWidgetIds;

/** The New Template dialog: the template's name and, from a copy, the groups it takes. */
public final class NewTemplateDialog {

    private final Shell shell;
    private final Widgets widgets;
    private final Input input;

    private NewTemplateDialog(Shell shell, Widgets widgets, Input input) {
        this.shell = shell;
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the dialog to open. */
    static NewTemplateDialog waitForIt(Widgets widgets, Input input) {
        return new NewTemplateDialog(Widgets.shell("New Template"), widgets, input);
    }

    /** Clicks the name field and types the name. */
    public NewTemplateDialog name(String name) {
        Text field = widgets.byId(Text.class, PolicyWidgetIds.POLICIES_TEMPLATE_NAME);
        input.activate(shell);
        input.click(Input.centre(field));
        input.type(name);
        Wait.untilOnUi("the name field shows what was typed", () -> field.getText().equals(name));
        return this;
    }

    /** @return the line saying what is wrong or what the template will hold */
    public String message() {
        Label message = widgets.byId(Label.class, PolicyWidgetIds.POLICIES_TEMPLATE_MESSAGE);
        return UiThread.call(message::getText);
    }

    /** @return the groups offered, each "Name" or "Name (not taken)" as it is checked or not */
    public List<String> groups() {
        Table groups = widgets.byId(Table.class, PolicyWidgetIds.POLICIES_TEMPLATE_GROUPS);
        return UiThread.call(() -> Arrays.stream(groups.getItems())
                .map(item -> item.getChecked() ? item.getText() : item.getText() + " (not taken)").toList());
    }

    /** @return whether Create may be clicked */
    public boolean createEnabled() {
        Button create = widgets.byId(Button.class, PolicyWidgetIds.POLICIES_TEMPLATE_CREATE);
        return UiThread.call(create::isEnabled);
    }

    /** Clicks Create and waits for the dialog to close. */
    public void create() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_TEMPLATE_CREATE)));
        Wait.untilOnUi("the New Template dialog is closed", shell::isDisposed);
    }
}
