package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyTarget;
import jakarta.inject.Named;

/**
 * Applies the selected workspace copies, or every copy of the selected server, to the server: previews the three-way
 * merge of each in a job, shows it in the merge dialog, and writes only what the administrator then applies.
 */
public class ApplyHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !targets(selection).isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerRegistryService registry, @Service ServerConnections connections, UISynchronize sync,
            IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        List<PolicyTarget> targets = targets(selection);
        if (targets.isEmpty()) {
            return;
        }
        ServerAddress address = targets.get(0).server();
        String serverName = ConsoleServers.name(registry, address);
        ServerClient client = ConsoleServers.client(registry, connections, address);
        if (client == null) {
            Dialogs.error(shell, Messages.ApplyJob_failedTitle, NLS.bind(Messages.Dialogs_notConnected, serverName));
            return;
        }
        new PreviewJob(ApplySession.ofCopies(ConsoleServers.workspace(), client, serverName, shell, sync, events),
                targets, null).schedule();
    }

    /** @return the copies a selection names, all of one server, or an empty list */
    private static List<PolicyTarget> targets(Object selection) {
        List<?> elements = selection instanceof List<?> list
                ? list
                : selection == null ? List.of() : List.of(selection);
        List<PolicyTarget> targets = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof WorkspaceCopy copy && copy.problem() == null) {
                targets.add(copy.target());
            } else if (element instanceof WorkspaceServer server) {
                server.copies().stream().filter(copy -> copy.problem() == null)
                        .forEach(copy -> targets.add(copy.target()));
            } else {
                return List.of();
            }
        }
        boolean oneServer = targets.stream().map(PolicyTarget::server).distinct().count() == 1;
        return oneServer ? targets : List.of();
    }
}
