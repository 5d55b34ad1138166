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
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/** Creates a domain under the selected domain, or under the root of the selected server (or agent's server). */
public class CreateDomainHandler {

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
        if (connection == null) {
            return;
        }
        Domain parent = DomainTargets.domain(selection);
        List<Domain> siblings = parent != null ? parent.getDomains() : server.getAgentTree().getDomains();
        String where = parent != null
                ? NLS.bind(Messages.CreateDomain_underDomain, parent.getName())
                : NLS.bind(Messages.CreateDomain_underRoot, server.getName());
        DomainNameDialog dialog = new DomainNameDialog(shell, Messages.CreateDomain_title, where, "", //$NON-NLS-1$
                new DomainNames(List.copyOf(siblings), null));
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.name();
        Long parentId = parent == null ? null : Long.valueOf(parent.getId());
        new ServerCallJob(NLS.bind(Messages.CreateDomain_job, name, server.getName()), Messages.CreateDomain_advice,
                connection.client(), (client, monitor) -> client.createDomain(name, parentId, monitor), shell, sync)
                .schedule();
    }
}
