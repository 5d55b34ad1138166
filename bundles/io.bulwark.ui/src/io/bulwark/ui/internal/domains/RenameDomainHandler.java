package io.bulwark.ui.internal.domains;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

import jakarta.inject.Named;

/** Renames the selected domain; the new name must be unique among its siblings, checked as it is typed. */
public class RenameDomainHandler {

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
        List<Domain> siblings = domain.eContainer() instanceof Domain parent
                ? parent.getDomains()
                : ((AgentTree) domain.eContainer()).getDomains();
        DomainNameDialog dialog = new DomainNameDialog(shell, Messages.RenameDomain_title,
                NLS.bind(Messages.RenameDomain_message, domain.getName()), domain.getName(),
                new DomainNames(List.copyOf(siblings), domain));
        if (dialog.open() != Window.OK || dialog.name().equals(domain.getName())) {
            return;
        }
        String name = dialog.name();
        long id = domain.getId();
        new ServerCallJob(NLS.bind(Messages.RenameDomain_job, domain.getName(), name), Messages.RenameDomain_advice,
                connection.client(), (client, monitor) -> client.renameDomain(id, name, monitor), shell, sync)
                .schedule();
    }
}
