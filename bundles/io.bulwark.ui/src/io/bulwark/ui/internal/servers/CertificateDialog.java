package io.bulwark.ui.internal.servers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.CertificateRefusal;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.WidgetIds;

/**
 * Asks the administrator to decide about a server's certificate. On first contact it shows the fingerprint the server
 * presented, to compare with the one the server printed when it started, and offers "Trust and connect". When the
 * server presents another certificate than the pinned one it shows both fingerprints and needs an explicit "Replace the
 * pinned certificate"; the default button keeps refusing.
 */
final class CertificateDialog extends TitleAreaDialog {

    private final ManagementServer server;
    private final CertificateRefusal refusal;

    CertificateDialog(Shell parent, ManagementServer server, CertificateRefusal refusal) {
        super(parent);
        this.server = server;
        this.refusal = refusal;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(refusal.isChange()
                ? Messages.CertificateDialog_changedWindowTitle
                : Messages.CertificateDialog_confirmWindowTitle);
        shell.setData(WidgetIds.KEY, WidgetIds.CERTIFICATE_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String address = ServerLabels.address(server);
        if (refusal.isChange()) {
            setTitle(NLS.bind(Messages.CertificateDialog_changedTitle, server.getName()));
            setMessage(NLS.bind(Messages.CertificateDialog_changedMessage, address), IMessageProvider.WARNING);
        } else {
            setTitle(NLS.bind(Messages.CertificateDialog_confirmTitle, server.getName()));
            setMessage(NLS.bind(Messages.CertificateDialog_confirmMessage, address));
        }
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        if (refusal.isChange()) {
            fingerprint(fields, Messages.CertificateDialog_pinned, refusal.pinned(),
                    WidgetIds.CERTIFICATE_PINNED_TEXT);
        }
        fingerprint(fields, Messages.CertificateDialog_presented, refusal.presented(),
                WidgetIds.CERTIFICATE_PRESENTED_TEXT);
        Label advice = new Label(fields, SWT.WRAP);
        advice.setText(refusal.isChange()
                ? Messages.CertificateDialog_changedAdvice
                : Messages.CertificateDialog_confirmAdvice);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(advice);
        return area;
    }

    private static void fingerprint(Composite parent, String label, String value, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.READ_ONLY | SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setData(WidgetIds.KEY, id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        String accept = refusal.isChange() ? Messages.CertificateDialog_replace : Messages.CertificateDialog_trust;
        String refuse = refusal.isChange() ? Messages.CertificateDialog_keepRefusing : IDialogConstants.CANCEL_LABEL;
        // Accepting a changed certificate is never the default: Enter keeps refusing it.
        Button acceptButton = createButton(parent, IDialogConstants.OK_ID, accept, !refusal.isChange());
        acceptButton.setData(WidgetIds.KEY, WidgetIds.CERTIFICATE_ACCEPT_BUTTON);
        Button refuseButton = createButton(parent, IDialogConstants.CANCEL_ID, refuse, refusal.isChange());
        refuseButton.setData(WidgetIds.KEY, WidgetIds.CERTIFICATE_REFUSE_BUTTON);
    }
}
