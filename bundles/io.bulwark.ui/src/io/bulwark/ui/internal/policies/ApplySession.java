package io.bulwark.ui.internal.policies;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyApply;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;

/**
 * What the preview and apply jobs of one apply share: the workspace, what is applied (the copies of the targets, or a
 * template), the servers written to and where to show the outcome.
 *
 * @param workspace
 *            the workspace applied from
 * @param template
 *            the template applied, or {@code null} to apply each target's own copy
 * @param servers
 *            the servers applied to, each with its name for a person and a client, in the order chosen
 * @param shell
 *            the window dialogs open over
 * @param sync
 *            runs on the UI thread
 * @param events
 *            told when the workspace's bases change
 */
record ApplySession(PolicyWorkspace workspace, String template, Map<ServerAddress, TargetServer> servers, Shell shell,
        UISynchronize sync, IEventBroker events) {

    /** The family of every preview and apply job, for waiting on them. */
    static final Object FAMILY = ApplySession.class;

    /**
     * A server applied to.
     *
     * @param name
     *            its name in the console
     * @param client
     *            the client of the console's connection to it
     */
    record TargetServer(String name, ServerClient client) {
    }

    /** Keys the servers by address as targets name them (host in lower case). */
    ApplySession {
        Map<ServerAddress, TargetServer> keyed = new LinkedHashMap<>();
        servers.forEach((address, server) -> keyed.put(key(address), server));
        servers = keyed;
    }

    private static ServerAddress key(ServerAddress address) {
        return new PolicyTarget(address, WorkspaceScope.root()).server();
    }

    /** @return a session applying copies to one server */
    static ApplySession ofCopies(PolicyWorkspace workspace, ServerClient client, String serverName, Shell shell,
            UISynchronize sync, IEventBroker events) {
        return new ApplySession(workspace, null, Map.of(client.address(), new TargetServer(serverName, client)),
                shell, sync, events);
    }

    PolicyApply apply() {
        return new PolicyApply(workspace);
    }

    /** @return the client of a target's server */
    ServerClient client(PolicyTarget target) {
        return servers.get(target.server()).client();
    }

    /** @return the names of the servers applied to, for a person */
    String serverNames() {
        return String.join(", ", servers.values().stream().map(TargetServer::name).toList()); //$NON-NLS-1$
    }

    /** @return what is applied and where, for a job's name */
    String title() {
        return template == null
                ? NLS.bind(Messages.ApplySession_copies, serverNames())
                : NLS.bind(Messages.ApplySession_template, template, serverNames());
    }

    /** @return a target for a person: its scope, with its server's name when a template goes to several targets */
    String label(PolicyTarget target) {
        String scope = WorkspaceContents.scopeName(target.scope());
        if (template == null) {
            return scope;
        }
        TargetServer server = servers.get(target.server());
        return NLS.bind(Messages.ApplySession_target, server == null ? target.server() : server.name(), scope);
    }
}
