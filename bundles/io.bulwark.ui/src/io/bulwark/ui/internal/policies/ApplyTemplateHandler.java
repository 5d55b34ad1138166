package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.policies.ApplySession.TargetServer;
import io.bulwark.ui.internal.policies.TemplateTargetsDialog.ConnectedServer;
import jakarta.inject.Named;

/**
 * Applies the selected template to targets the administrator chooses on the connected servers: previews every target in
 * a job (a target without a base from an earlier apply is compared in full), shows them together in the merge dialog,
 * and writes only what the administrator then applies, each target keeping its new base in the template.
 */
public class ApplyTemplateHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof WorkspaceTemplate template && template.problem() == null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerRegistryService registry, @Service ServerConnections connections, UISynchronize sync,
            IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (!(selection instanceof WorkspaceTemplate template)) {
            return;
        }
        List<ConnectedServer> servers = new ArrayList<>();
        for (ManagementServer server : registry.allServers()) {
            ServerClient client = ConsoleServers.client(connections, server);
            AgentTree tree = server.getAgentTree();
            if (client != null && tree != null) {
                servers.add(new ConnectedServer(server.getName(), ConsoleServers.address(server), client,
                        ConsoleServers.scopes(tree)));
            }
        }
        if (servers.isEmpty()) {
            Dialogs.error(shell, Messages.ApplyJob_failedTitle, Messages.ApplyTemplateHandler_noServer);
            return;
        }
        TemplateTargetsDialog dialog = new TemplateTargetsDialog(shell, template.name(), servers, template.targets());
        if (dialog.open() != TemplateTargetsDialog.OK) {
            return;
        }
        List<PolicyTarget> targets = dialog.targets();
        Map<ServerAddress, TargetServer> chosen = new LinkedHashMap<>();
        for (ConnectedServer server : servers) {
            if (targets.stream()
                    .anyMatch(target -> target.equals(new PolicyTarget(server.address(), target.scope())))) {
                chosen.put(server.address(), new TargetServer(server.name(), server.client()));
            }
        }
        new PreviewJob(new ApplySession(ConsoleServers.workspace(), template.name(), chosen, shell, sync, events),
                targets, null).schedule();
    }
}
