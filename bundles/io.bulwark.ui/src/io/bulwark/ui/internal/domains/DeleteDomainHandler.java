package io.bulwark.ui.internal.domains;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Deletes the selected domain after confirmation. A domain that still holds agents or domains is not deleted: the
 * administrator is told what it holds and to move that elsewhere first.
 */
public class DeleteDomainHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return DomainTargets.domain(selection) != null
                && DomainTargets.mayEditDomains(DomainTargets.server(selection));
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerConnections connections,
            UISynchronize sync) {
        Domain domain = DomainTargets.domain(selection);
        ManagementServer server = DomainTargets.server(selection);
        ServerConnection connection = server == null ? null : connections.connection(server);
        if (domain == null || connection == null) {
            return;
        }
        // Once the server's agents are loaded, the tree holds them where they are now; the count read with the domains
        // is only a stand-in until then, and agents moved since it was read leave it behind.
        long agents = server.getState() == ConnectionState.CONNECTED
                ? domain.getAgents().size()
                : Math.max(domain.getAgentCount(), domain.getAgents().size());
        int domains = domain.getDomains().size();
        if (agents > 0 || domains > 0) {
            MessageDialog.openInformation(shell, Messages.DeleteDomain_notEmptyTitle, NLS.bind(
                    Messages.DeleteDomain_notEmpty, new Object[]{domain.getName(), Long.valueOf(agents),
                            Integer.valueOf(domains)}));
            return;
        }
        if (!MessageDialog.openQuestion(shell, Messages.DeleteDomain_confirmTitle,
                NLS.bind(Messages.DeleteDomain_confirm, domain.getName(), server.getName()))) {
            return;
        }
        long id = domain.getId();
        new ServerCallJob(NLS.bind(Messages.DeleteDomain_job, domain.getName(), server.getName()),
                Messages.DeleteDomain_advice, connection.client(),
                (client, monitor) -> client.deleteDomain(id, monitor), shell, sync).schedule();
    }
}
