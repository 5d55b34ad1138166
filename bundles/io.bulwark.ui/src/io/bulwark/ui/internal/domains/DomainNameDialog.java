package io.bulwark.ui.internal.domains;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.ui.WidgetIds;

/** Asks for a domain's name, showing what is wrong with it while it is typed; OK only for a valid name. */
final class DomainNameDialog extends InputDialog {

    DomainNameDialog(Shell parent, String title, String message, String initial, DomainNames rules) {
        super(parent, title, message, initial, rules);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Control area = super.createDialogArea(parent);
        getText().setData(WidgetIds.KEY, WidgetIds.DOMAIN_NAME_TEXT);
        getText().selectAll();
        return area;
    }

    /** @return the name entered, without surrounding blanks */
    String name() {
        return getValue().strip();
    }
}
