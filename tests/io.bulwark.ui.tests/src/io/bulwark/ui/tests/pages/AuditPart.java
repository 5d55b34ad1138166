package io.bulwark.ui.tests.pages;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.Widgets;

/** The Audit Log part: filters, the entries, and the page after. */
public final class AuditPart extends AdministrationParts {

    AuditPart(Widgets widgets, Input input) {
        super(widgets, input);
    }
}
