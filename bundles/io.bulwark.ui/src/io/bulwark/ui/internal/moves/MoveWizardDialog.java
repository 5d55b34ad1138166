package io.bulwark.ui.internal.moves;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.ui.WidgetIds;

/** The window of the Move to Server wizard: its buttons named for tests and tools, large enough for the plan. */
final class MoveWizardDialog extends WizardDialog {

    MoveWizardDialog(Shell parent, MoveWizard wizard) {
        super(parent, wizard);
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        getShell().setData(WidgetIds.KEY, WidgetIds.MOVE_WIZARD);
        name(IDialogConstants.NEXT_ID, WidgetIds.MOVE_WIZARD_NEXT);
        name(IDialogConstants.BACK_ID, WidgetIds.MOVE_WIZARD_BACK);
        name(IDialogConstants.FINISH_ID, WidgetIds.MOVE_WIZARD_FINISH);
        name(IDialogConstants.CANCEL_ID, WidgetIds.MOVE_WIZARD_CANCEL);
        return contents;
    }

    private void name(int buttonId, String widgetId) {
        Button button = getButton(buttonId);
        if (button != null) {
            button.setData(WidgetIds.KEY, widgetId);
        }
    }

    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(size.x, 820), Math.max(size.y, 680));
    }
}
