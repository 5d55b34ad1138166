package io.bulwark.ui.tests.layout;

import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;

/**
 * First of two console runs on one workspace: the administrator widens the Servers part by dragging its boundary, then
 * the console saves the layout by itself, without closing (it may as well be killed now), and the test run ends.
 * {@link LayoutRestoredTest} starts the console again and finds the same layout.
 * <p>
 * Runs last in its console, after the tests that share it, so nothing changes the layout after it is recorded.
 */
@Order(Integer.MAX_VALUE)
class LayoutChangeTest {

    private static final int DRAG_BY = 160;

    @Test
    void widenTheServersPart() throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        Wait.until("the Servers part lists its servers", () -> !window.serversPart().addresses().isEmpty());
        ServersStack stack = ServersStack.find();
        int before = stack.width();
        Point from = stack.rightBoundary();

        new Input().drag(from, new Point(from.x + DRAG_BY, from.y));

        Wait.until("the Servers part grew by about " + DRAG_BY + " pixels",
                () -> Math.abs(stack.width() - (before + DRAG_BY)) <= DRAG_BY / 4);
        long saved = ServersStack.savedLayoutTime();
        Wait.until("the changed layout is saved while the console runs", () -> ServersStack.savedLayoutTime() > saved);
        ServersStack.recordWidth(stack.width());
    }
}
