package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The console's main window, the entry point of every page object. */
public final class ConsoleWindow {

    private static final String TITLE = "Bulwark";

    private final Shell shell;
    private final Input input;
    private final Widgets widgets = new Widgets(WidgetIds.KEY);

    private ConsoleWindow(Shell shell, Input input) {
        this.shell = shell;
        this.input = input;
    }

    /** Waits for the main window to open and brings it to the front. */
    public static ConsoleWindow waitForIt() {
        Shell shell = Widgets.shell(TITLE);
        Input input = new Input();
        input.activate(shell);
        // Without a window manager (Xvfb) GTK first maps the window a menu bar's height shorter than SWT lays it out,
        // so the status line lies off screen; one real resize makes both agree.
        UiThread.run(() -> {
            Rectangle bounds = shell.getBounds();
            shell.setBounds(bounds.x, bounds.y, bounds.width, bounds.height - 1);
            shell.setBounds(bounds);
        });
        return new ConsoleWindow(shell, input);
    }

    public ServersPart serversPart() {
        return new ServersPart(widgets, input);
    }

    public AgentsPart agentsPart() {
        return new AgentsPart(widgets);
    }

    public ProgressDisplays progress() {
        return new ProgressDisplays(widgets, input);
    }

    /** The settings editor of {@code scopeTitle}, once it is in front and has read its settings. */
    public SettingsEditor settingsEditor(String scopeTitle) {
        return new SettingsEditor(widgets, input).waitFor(scopeTitle);
    }

    /** The conflict dialog, once it is open. */
    public ConflictDialog conflictDialog() {
        return ConflictDialog.waitForIt(widgets, input);
    }

    /** Clicks a row of the Agents tree given by its path of labels (a label ending in '*' matches a prefix). */
    public void selectInAgentTree(String... labels) {
        new AgentTreeRows(widgets, input).select(labels);
    }

    /** Presses Ctrl+Shift+P, "Edit Settings" of what is selected. */
    public void editSettings() {
        input.chord(KeyEvent.VK_P, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /** Presses Ctrl+Shift+O, "Take Offline" of what is selected in the Agents tree. */
    public void takeOffline() {
        input.chord(KeyEvent.VK_O, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /** Shows the Policy Workspace (Ctrl+Shift+W), once it lists a copy starting with {@code label}. */
    public PolicyWorkspacePart policyWorkspace(String label) {
        return PolicyWorkspacePart.show(widgets, input, label);
    }

    /** Shows the Policy Workspace (Ctrl+Shift+W), whatever it lists. */
    public PolicyWorkspacePart policyWorkspace() {
        return PolicyWorkspacePart.show(widgets, input);
    }

    /** Presses Ctrl+Shift+F, "Choose Policy Workspace Folder", and waits for its dialog. */
    public WorkspaceFolderDialog chooseWorkspaceFolder() {
        input.chord(KeyEvent.VK_F, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        return WorkspaceFolderDialog.waitForIt(widgets, input);
    }

    /** Presses Ctrl+Shift+T, "New Template", and waits for its dialog. */
    public NewTemplateDialog newTemplate() {
        input.chord(KeyEvent.VK_T, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        return NewTemplateDialog.waitForIt(widgets, input);
    }

    /** The New Template dialog, once it is open (e.g. after Save as Template). */
    public NewTemplateDialog newTemplateDialog() {
        return NewTemplateDialog.waitForIt(widgets, input);
    }

    /** Presses Ctrl+Shift+L, "Apply Template" of the template selected, and waits for its dialog. */
    public TemplateTargetsDialog applyTemplate(String name) {
        input.chord(KeyEvent.VK_L, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        return TemplateTargetsDialog.waitForIt(name, widgets, input);
    }

    /**
     * Presses Ctrl+Shift+C, "Compare with Server" of what is selected in the Policy Workspace, and waits for its
     * dialog.
     */
    public ComparisonDialog compareWithServer() {
        input.chord(KeyEvent.VK_C, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        return ComparisonDialog.waitForIt(widgets);
    }

    /** Presses Ctrl+Shift+A, "Apply to Server" of the workspace copies selected. */
    public void applyPolicies() {
        input.chord(KeyEvent.VK_A, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /** The merge dialog of Apply to Server, once it is open. */
    public MergeDialog mergeDialog() {
        return MergeDialog.waitForIt(widgets, input);
    }

    /** Presses Ctrl+Shift+M, "Move to Server" of the agents selected. */
    public void moveToServer() {
        input.chord(KeyEvent.VK_M, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /**
     * Waits for the message dialog titled {@code title}, closes it with Enter (its default button) and brings the main
     * window back to the front, where a person's next keys go.
     */
    public void closeMessage(String title) {
        Shell dialog = Widgets.shell(title);
        Wait.until("the dialog '" + title + "' has the keyboard", () -> UiThread.call(
                () -> UiThread.display().getActiveShell() == dialog));
        input.press(KeyEvent.VK_ENTER);
        Wait.until("the dialog '" + title + "' is closed", () -> UiThread.call(dialog::isDisposed));
        input.activate(shell);
    }

    public Shell shell() {
        return shell;
    }
}
