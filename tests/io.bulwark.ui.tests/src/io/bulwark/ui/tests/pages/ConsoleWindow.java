package io.bulwark.ui.tests.pages;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
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

    public Shell shell() {
        return shell;
    }
}
