package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;

/** A JFace dialog found by its title: its texts, its OK button, keys and clicks on its widgets. */
public final class DialogWindow {

    /** The id JFace dialogs store as the OK button's data (IDialogConstants.OK_ID). */
    private static final int OK_ID = 0;

    private final Shell shell;
    private final String title;
    private final Input input;

    private DialogWindow(Shell shell, String title, Input input) {
        this.shell = shell;
        this.title = title;
        this.input = input;
    }

    /** Waits for the dialog titled {@code title}. */
    public static DialogWindow titled(String title, Input input) {
        return new DialogWindow(Widgets.shell(title), title, input);
    }

    /** Closes every dialog still open over {@code main}, e.g. after a failed test, so the next test starts clean. */
    public static void closeAllBut(Shell main) {
        UiThread.run(() -> {
            for (Shell shell : main.getDisplay().getShells()) {
                if (shell != main && !shell.isDisposed() && shell.isVisible()) {
                    shell.close();
                }
            }
        });
    }

    /** Types into the focused field. */
    public void type(String text) {
        input.type(text);
    }

    /** Presses Enter (the default button). */
    public void pressEnter() {
        input.press(KeyEvent.VK_ENTER);
        waitClosed();
    }

    /** Presses Escape (cancel). */
    public void pressEscape() {
        input.press(KeyEvent.VK_ESCAPE);
        waitClosed();
    }

    /** Clicks a control of the dialog, e.g. a button or a field found by id. */
    public void click(Control control) {
        input.click(Input.centre(control));
    }

    /** Waits until the dialog is closed. */
    public void waitClosed() {
        Wait.untilOnUi("the dialog '" + title + "' is closed", shell::isDisposed);
    }

    /** @return whether the dialog's OK button may be pressed */
    public boolean okEnabled() {
        return UiThread.call(() -> {
            Button ok = find(shell, Button.class, Integer.valueOf(OK_ID));
            return Boolean.valueOf(ok != null && ok.isEnabled());
        }).booleanValue();
    }

    /** @return every text the dialog shows in labels and text fields */
    public List<String> texts() {
        return UiThread.call(() -> {
            List<String> texts = new ArrayList<>();
            collectTexts(shell, texts);
            return texts;
        });
    }

    public Shell shell() {
        return shell;
    }

    private static void collectTexts(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        } else if (control instanceof Text text) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, texts);
            }
        }
    }

    private static <T extends Control> T find(Control control, Class<T> type, Object data) {
        if (type.isInstance(control) && data.equals(control.getData())) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, data);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
