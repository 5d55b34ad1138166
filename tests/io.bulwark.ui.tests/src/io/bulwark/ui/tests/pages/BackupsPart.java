package io.bulwark.ui.tests.pages;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The Backups part, and the confirmation a restore asks for. */
public final class BackupsPart extends AdministrationParts {

    /** The title of the restore confirmation. */
    public static final String RESTORE_TITLE = "Restore Backup";

    BackupsPart(Widgets widgets, Input input) {
        super(widgets, input);
    }

    /** Waits for the restore confirmation and returns what it says. */
    public String confirmationMessage() {
        Shell dialog = Widgets.shell(RESTORE_TITLE);
        return UiThread.call(() -> {
            StringBuilder text = new StringBuilder();
            Widgets.labelTexts(dialog).forEach(label -> text.append(label).append('\n'));
            return text.toString();
        });
    }

    /** Presses the confirmation's Restore button and waits for the dialog to close. */
    public void confirmRestore() {
        Shell dialog = Widgets.shell(RESTORE_TITLE);
        Button restore = widgets.byId(Button.class, WidgetIds.BACKUPS_RESTORE_CONFIRM);
        input.click(Input.centre(restore));
        Wait.until("the restore confirmation has closed", () -> UiThread.call(dialog::isDisposed));
    }
}
