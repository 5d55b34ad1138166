package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/**
 * How the offline editing commands find their way between the console's servers and the policy workspace: a server's
 * address, the scope a tree row names, the client of a connected server, the workspace folder.
 */
final class ConsoleServers {

    private ConsoleServers() {
    }

    /** @return the console's workspace, in the folder {@link WorkspaceFolder} says */
    static PolicyWorkspace workspace() {
        return new PolicyWorkspace(WorkspaceFolder.current());
    }

    static ServerAddress address(ManagementServer server) {
        return new ServerAddress(server.isUseTls(), server.getHost(), server.getPort());
    }

    /** @return the name of the server at the address in the console's list, or the address */
    static String name(ServerRegistryService registry, ServerAddress address) {
        ManagementServer server = registry.findServer(address);
        return server == null ? address.toString() : server.getName();
    }

    /** @return the client of the server at the address while the console is connected to it, else {@code null} */
    static ServerClient client(ServerRegistryService registry, ServerConnections connections, ServerAddress address) {
        ManagementServer server = registry.findServer(address);
        return server == null ? null : client(connections, server);
    }

    /** @return the client of the server while the console is connected to it, else {@code null} */
    static ServerClient client(ServerConnections connections, ManagementServer server) {
        ServerConnection connection = connections.connection(server);
        return connection == null || server.getState() != ConnectionState.CONNECTED ? null : connection.client();
    }

    /**
     * @param selection
     *            a published selection: a server, a domain, an agent, or a list of them
     * @return the rows a selection names, all of one server, or an empty list
     */
    static List<EObject> rows(Object selection) {
        List<?> elements = selection instanceof List<?> list
                ? list
                : selection == null ? List.of() : List.of(selection);
        List<EObject> rows = new ArrayList<>();
        ManagementServer first = null;
        for (Object element : elements) {
            if (!(element instanceof ManagementServer || element instanceof Domain || element instanceof Agent)) {
                return List.of();
            }
            ManagementServer server = serverOf((EObject) element);
            if (server == null || first != null && first != server) {
                return List.of();
            }
            first = server;
            rows.add((EObject) element);
        }
        return rows;
    }

    /** @return the server a row belongs to, or {@code null} */
    static ManagementServer serverOf(EObject row) {
        for (EObject at = row; at != null; at = at.eContainer()) {
            if (at instanceof ManagementServer server) {
                return server;
            }
            if (at instanceof AgentTree tree) {
                return tree.getServer();
            }
        }
        return null;
    }

    /** @return the scopes of a server's tree: the root, then every domain, parents before their subdomains */
    static List<WorkspaceScope> scopes(AgentTree tree) {
        List<WorkspaceScope> scopes = new ArrayList<>();
        scopes.add(WorkspaceScope.root());
        addDomains(tree.getDomains(), scopes);
        return scopes;
    }

    private static void addDomains(List<Domain> domains, List<WorkspaceScope> scopes) {
        for (Domain domain : domains) {
            scopes.add(scopeOf(domain));
            addDomains(domain.getDomains(), scopes);
        }
    }

    /** @return the scope a domain or agent row names; {@code null} for a server, which stands for all its scopes */
    static WorkspaceScope scopeOf(EObject row) {
        if (row instanceof Agent agent) {
            return WorkspaceScope.agent(java.util.UUID.fromString(agent.getId()));
        }
        if (row instanceof Domain domain) {
            List<String> names = new ArrayList<>();
            for (EObject at = domain; at instanceof Domain parent; at = at.eContainer()) {
                names.add(0, parent.getName());
            }
            return WorkspaceScope.domain(String.join(WorkspaceScope.SEPARATOR, names));
        }
        return null;
    }
}
