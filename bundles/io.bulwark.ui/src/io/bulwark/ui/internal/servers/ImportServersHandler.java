package io.bulwark.ui.internal.servers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ImportReport;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.ui.FileChooser;
import jakarta.inject.Named;

/**
 * Adds the servers and folders of an exported list and reports what was added and what was skipped and why. A file with
 * any invalid entry changes nothing; the error names the entry. Imported servers have no password yet: edit them to
 * enter it.
 */
public class ImportServersHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service FileChooser files) {
        Path chosen = files.chooseFileToRead(shell, Messages.ImportServersHandler_title, ExportServersHandler.FILTER);
        if (chosen == null) {
            return;
        }
        try {
            ImportReport report = registry.importServers(chosen);
            ServerMessages.showReport(shell, Messages.ImportServersHandler_reportTitle, describe(report));
        } catch (ServerRegistryException e) {
            ServerMessages.showError(shell, NLS.bind(Messages.ImportServersHandler_failed, chosen), e.getMessage());
        }
    }

    static String describe(ImportReport report) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.ImportServersHandler_added, report.added()));
        if (!report.duplicates().isEmpty()) {
            text.append("\n\n").append(NLS.bind(Messages.ImportServersHandler_skipped, report.duplicates().size())); //$NON-NLS-1$
            for (String skipped : report.duplicates()) {
                text.append("\n\u2022 ").append(skipped); //$NON-NLS-1$
            }
        }
        if (report.added() > 0) {
            text.append("\n\n").append(Messages.ImportServersHandler_passwords); //$NON-NLS-1$
        }
        return text.toString();
    }
}
