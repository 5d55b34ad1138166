package io.bulwark.ui.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.DialogWindow;

/**
 * After each test, closes every dialog a failed step left open, so the other tests of the same console start clean:
 * {@code @ExtendWith(ClosesDialogs.class)} on the test classes that share a console.
 */
public final class ClosesDialogs implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        DialogWindow.closeAllBut(ConsoleWindow.waitForIt().shell());
    }
}
