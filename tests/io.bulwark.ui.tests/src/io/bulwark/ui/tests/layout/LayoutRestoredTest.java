package io.bulwark.ui.tests.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;

/**
 * Second of two console runs on one workspace ({@link LayoutChangeTest} is the first): the layout the administrator
 * left is the layout the console opens with.
 * <p>
 * Runs first in its console, before the tests that share it change anything.
 */
@Order(1)
class LayoutRestoredTest {

    /** Sash weights are stored as integers, so a restored boundary may land a pixel or two away. */
    private static final int TOLERANCE = 3;

    @Test
    void theServersPartKeepsTheWidthItWasGiven() throws Exception {
        ConsoleWindow.waitForIt();
        int recorded = ServersStack.recordedWidth();
        ServersStack stack = ServersStack.find();

        Wait.until("the Servers part is laid out", () -> stack.width() > 0);
        int restored = stack.width();
        assertEquals(recorded, restored, TOLERANCE, "the width the Servers part was given in the previous run");
    }
}
