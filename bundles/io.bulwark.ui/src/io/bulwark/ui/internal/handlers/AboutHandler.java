package io.bulwark.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/** Shows which console build is running, the first thing support asks. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        MessageDialog.openInformation(shell, Messages.AboutHandler_title,
                NLS.bind(Messages.AboutHandler_message, version, System.getProperty("java.version"))); //$NON-NLS-1$
    }
}
