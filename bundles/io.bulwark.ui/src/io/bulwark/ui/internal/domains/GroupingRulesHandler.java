package io.bulwark.ui.internal.domains;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Opens the automatic grouping rules of the selected object's server. A read-only account sees the command disabled; an
 * administrator sees the rules without changing them (only root may).
 */
public class GroupingRulesHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return DomainTargets.mayEditDomains(DomainTargets.server(selection));
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerConnections connections,
            UISynchronize sync) {
        ManagementServer server = DomainTargets.server(selection);
        ServerConnection connection = server == null ? null : connections.connection(server);
        if (connection != null) {
            new GroupingRulesDialog(shell, server, connection.client(), sync, DomainTargets.domain(selection)).open();
        }
    }
}
