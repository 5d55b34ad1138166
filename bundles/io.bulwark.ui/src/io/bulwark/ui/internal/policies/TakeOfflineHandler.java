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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Takes the selected scopes of one connected server offline into the policy workspace: a domain or an agent row takes
 * that scope, a server row the whole server (the root, every domain and the agents already held).
 */
public class TakeOfflineHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerConnections connections) {
        List<EObject> rows = ConsoleServers.rows(selection);
        return !rows.isEmpty() && ConsoleServers.client(connections, ConsoleServers.serverOf(rows.get(0))) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerConnections connections, UISynchronize sync, IEventBroker events,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        List<EObject> rows = ConsoleServers.rows(selection);
        if (rows.isEmpty()) {
            return;
        }
        ManagementServer server = ConsoleServers.serverOf(rows.get(0));
        ServerClient client = ConsoleServers.client(connections, server);
        if (client == null) {
            return;
        }
        List<WorkspaceScope> scopes = new ArrayList<>();
        for (EObject row : rows) {
            WorkspaceScope scope = ConsoleServers.scopeOf(row);
            if (scope == null) {
                scopes.clear();
                break;
            }
            scopes.add(scope);
        }
        new TakeOfflineJob(ConsoleServers.workspace(), client, server.getName(), scopes, false, shell, sync, events)
                .schedule();
    }
}
