package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.ManagementServer;

/**
 * What the policy workspace holds for the servers the console knows: each server's copies with their markers, and the
 * templates. Reads files only; no server is contacted, so it lists everything with every server unreachable.
 *
 * @param servers
 *            the servers the workspace holds copies of, in the console's order
 * @param templates
 *            the templates, by name
 * @param problem
 *            why the templates cannot be listed, or {@code null}
 */
record WorkspaceContents(List<WorkspaceServer> servers, List<WorkspaceTemplate> templates, String problem) {

    /**
     * @param workspace
     *            the workspace
     * @param known
     *            the servers of the console's list
     * @return what the workspace holds of them
     */
    static WorkspaceContents read(PolicyWorkspace workspace, List<ManagementServer> known) {
        List<WorkspaceServer> servers = new ArrayList<>();
        for (ManagementServer server : known) {
            ServerAddress address = ConsoleServers.address(server);
            try {
                List<WorkspaceCopy> copies = new ArrayList<>();
                for (WorkspaceScope scope : workspace.scopes(address)) {
                    copies.add(copy(workspace, new PolicyTarget(address, scope), server.getName()));
                }
                if (!copies.isEmpty()) {
                    servers.add(new WorkspaceServer(address, server.getName(), copies, null));
                }
            } catch (PolicyFileException e) {
                servers.add(new WorkspaceServer(address, server.getName(), List.of(), e.getMessage()));
            }
        }
        List<WorkspaceTemplate> templates = new ArrayList<>();
        String problem = null;
        try {
            workspace.templates().forEach(name -> templates.add(template(workspace, name)));
        } catch (PolicyFileException e) {
            problem = e.getMessage();
        }
        return new WorkspaceContents(servers, templates, problem);
    }

    private static WorkspaceCopy copy(PolicyWorkspace workspace, PolicyTarget target, String serverName) {
        String scopeName = scopeName(target.scope());
        try {
            ScopePolicy policy = workspace.read(target);
            return new WorkspaceCopy(target, serverName, scopeName, policy.hasLocalChanges(), null);
        } catch (PolicyFileException e) {
            return new WorkspaceCopy(target, serverName, scopeName, false, e.getMessage());
        }
    }

    private static WorkspaceTemplate template(PolicyWorkspace workspace, String name) {
        try {
            PolicyTemplate template = workspace.readTemplate(name);
            return new WorkspaceTemplate(template.name(), List.copyOf(template.bases().keySet()), null);
        } catch (PolicyFileException e) {
            return new WorkspaceTemplate(name, List.of(), e.getMessage());
        }
    }

    /** @return the scope for a person: "Root", "Domain Branch/Lab", "Agent GUID" */
    static String scopeName(WorkspaceScope scope) {
        return switch (scope.kind()) {
            case ROOT -> Messages.WorkspaceContents_root;
            case DOMAIN -> NLS.bind(Messages.WorkspaceContents_domain, scope.domainPath());
            case AGENT -> NLS.bind(Messages.WorkspaceContents_agent, scope.agentId());
        };
    }
}
