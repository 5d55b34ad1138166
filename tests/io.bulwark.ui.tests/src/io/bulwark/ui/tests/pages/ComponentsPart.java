package io.bulwark.ui.tests.pages;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.Widgets;

/** The Components part: a server's components, the agents behind them, the notification queue. */
public final class ComponentsPart extends AdministrationParts {

    ComponentsPart(Widgets widgets, Input input) {
        super(widgets, input);
    }
}
