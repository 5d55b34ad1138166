package io.bulwark.ui.tests.pages;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/** The dialog asking to trust a server's certificate, on first contact or after it changed. */
public final class CertificateDialog {

    private final Widgets widgets;
    private final Input input;
    private final Shell shell;

    CertificateDialog(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
        this.shell = widgets.byId(Shell.class, WidgetIds.CERTIFICATE_DIALOG);
    }

    /** The fingerprint the server presented, as shown. */
    public String presented() {
        Text text = widgets.byId(Text.class, WidgetIds.CERTIFICATE_PRESENTED_TEXT);
        return UiThread.call(text::getText);
    }

    /** The pinned fingerprint, as shown for a changed certificate; {@code null} when the dialog shows none. */
    public String pinned() {
        return UiThread.call(() -> {
            Text text = Widgets.first(Text.class,
                    found -> WidgetIds.CERTIFICATE_PINNED_TEXT.equals(found.getData(WidgetIds.KEY)));
            return text == null ? null : text.getText();
        });
    }

    /** The label of the button that trusts the certificate. */
    public String acceptLabel() {
        Button accept = widgets.byId(Button.class, WidgetIds.CERTIFICATE_ACCEPT_BUTTON);
        return UiThread.call(accept::getText);
    }

    /** Clicks the button that trusts the certificate and waits for the dialog to close. */
    public void accept() {
        click(WidgetIds.CERTIFICATE_ACCEPT_BUTTON);
    }

    /** Clicks the button that leaves the certificate untrusted and waits for the dialog to close. */
    public void refuse() {
        click(WidgetIds.CERTIFICATE_REFUSE_BUTTON);
    }

    private void click(String id) {
        input.click(Input.centre(widgets.byId(Button.class, id)));
        Wait.untilOnUi("the certificate dialog is closed", shell::isDisposed);
    }
}
