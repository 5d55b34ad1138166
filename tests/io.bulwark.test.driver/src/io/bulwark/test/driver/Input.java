package io.bulwark.test.driver;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;

/**
 * User input as real operating-system events, the way a person gives it: the pointer moves, buttons go down and up,
 * keys are pressed. Built on {@link Robot} (XTest under X11), which also carries drag and drop, where SWT's
 * {@code Display.post} does not. Call it from the test thread, never from the UI thread, which must stay free to
 * process the events.
 */
public final class Input {

    private static final int DRAG_STEPS = 12;

    private final Robot robot;

    public Input() {
        try {
            robot = new Robot();
        } catch (AWTException e) {
            throw new IllegalStateException("No OS input available; UI tests need a display (Xvfb)", e);
        }
        robot.setAutoDelay(15);
    }

    /** The centre of a control, in screen coordinates. */
    public static Point centre(Control control) {
        return UiThread.call(() -> {
            Rectangle size = control.getBounds();
            return control.getParent() == null || control instanceof Shell
                    ? new Point(size.x + size.width / 2, size.y + size.height / 2)
                    : control.toDisplay(size.width / 2, size.height / 2);
        });
    }

    /** The centre of a table row's first cell, in screen coordinates. */
    public static Point centre(TableItem item) {
        return UiThread.call(() -> {
            Rectangle cell = item.getBounds(0);
            return item.getParent().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
        });
    }

    /** The centre of a tree row's label, in screen coordinates. */
    public static Point centre(TreeItem item) {
        return UiThread.call(() -> {
            Rectangle cell = item.getBounds();
            return item.getParent().toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
        });
    }

    /**
     * Scrolls a tree row into view, as a person scrolls before clicking it, and answers the centre of its label once
     * the tree shows it there: GTK may scroll a long tree only after it has measured its rows, so the row's place is
     * read only when its middle lies inside the tree's visible area.
     */
    public static Point centreOfShown(TreeItem item) {
        Wait.untilOnUi("a tree row is scrolled into view", () -> {
            item.getParent().showItem(item);
            Rectangle row = item.getBounds();
            Rectangle area = item.getParent().getClientArea();
            int middle = row.y + row.height / 2;
            return Boolean.valueOf(row.height > 0 && middle >= area.y && middle < area.y + area.height);
        });
        return centre(item);
    }

    /** Brings a window to the front so keys reach it; a person would click it first, and so should the test. */
    public void activate(Shell shell) {
        UiThread.run(() -> {
            shell.forceActive();
            shell.forceFocus();
        });
    }

    /** Moves the pointer to a point and clicks the left button there. */
    public void click(Point at) {
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Clicks the left button at a point while holding modifier keys, e.g. Ctrl to add a row to a selection. */
    public void clickHolding(Point at, int... modifiers) {
        for (int modifier : modifiers) {
            robot.keyPress(modifier);
        }
        click(at);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            robot.keyRelease(modifiers[i]);
        }
    }

    /** Clicks the left button twice at a point. */
    public void doubleClick(Point at) {
        click(at);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Presses the left button at {@code from}, moves in steps to {@code to} and releases it there. */
    public void drag(Point from, Point to) {
        robot.mouseMove(from.x, from.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int step = 1; step <= DRAG_STEPS; step++) {
            robot.mouseMove(from.x + (to.x - from.x) * step / DRAG_STEPS,
                    from.y + (to.y - from.y) * step / DRAG_STEPS);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Presses and releases one key, given as a {@link KeyEvent} {@code VK_} code. */
    public void press(int keyCode) {
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
    }

    /** Presses a key while holding modifier keys (e.g. {@code KeyEvent.VK_CONTROL}). */
    public void chord(int keyCode, int... modifiers) {
        for (int modifier : modifiers) {
            robot.keyPress(modifier);
        }
        press(keyCode);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            robot.keyRelease(modifiers[i]);
        }
    }

    /** Types text key by key into whatever has the keyboard focus. */
    public void type(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            Keystroke stroke = Keystroke.of(text.charAt(i));
            if (stroke.shifted()) {
                chord(stroke.keyCode(), KeyEvent.VK_SHIFT);
            } else {
                press(stroke.keyCode());
            }
        }
    }
}
