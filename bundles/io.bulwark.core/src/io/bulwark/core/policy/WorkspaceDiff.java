package io.bulwark.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.policy.Messages;
import io.bulwark.core.internal.policy.ServerScopes;
import io.bulwark.core.internal.policy.TemplateSettings;
import io.bulwark.model.merge.PolicyMerge;

/**
 * Compares the workspace with one server, field by field and list element by element, deletions included: one scope, or
 * every copy of the server together with the domains only one side has. Reads the server; writes nothing.
 */
public final class WorkspaceDiff {

    private final PolicyWorkspace workspace;
    private final ServerClient client;

    /**
     * @param workspace
     *            the workspace
     * @param client
     *            the server
     */
    public WorkspaceDiff(PolicyWorkspace workspace, ServerClient client) {
        this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
        this.client = Objects.requireNonNull(client, "client"); //$NON-NLS-1$
    }

    /**
     * @param scope
     *            a scope the workspace holds a copy of
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return how the copy differs from the server
     * @throws PolicyFileException
     *             if there is no copy or it cannot be read
     * @throws PolicyException
     *             if the server has no such scope
     * @throws ServerException
     *             if the server cannot be read
     */
    public ScopeDiff compare(WorkspaceScope scope, IProgressMonitor monitor)
            throws PolicyFileException, PolicyException, ServerException {
        ScopePolicy copy = workspace.read(new PolicyTarget(client.address(), scope));
        return compare(copy, new ServerScopes(client), monitor);
    }

    /**
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return every copy of this server compared with it, and the scopes only one side has
     * @throws PolicyFileException
     *             if a copy cannot be read
     * @throws ServerException
     *             if the server cannot be read
     */
    public ServerDiff compareServer(IProgressMonitor monitor) throws PolicyFileException, ServerException {
        List<WorkspaceScope> held = workspace.scopes(client.address());
        SubMonitor progress = SubMonitor.convert(monitor, Messages.WorkspaceDiff_task, held.size() + 1);
        ServerScopes server = new ServerScopes(client);
        List<WorkspaceScope> onlyOnServer = new ArrayList<>(server.domains(progress.split(1)));
        onlyOnServer.removeAll(held);
        List<ScopeDiff> scopes = new ArrayList<>();
        List<WorkspaceScope> onlyInWorkspace = new ArrayList<>();
        for (WorkspaceScope scope : held) {
            ScopePolicy copy = workspace.read(new PolicyTarget(client.address(), scope));
            try {
                scopes.add(compare(copy, server, progress.split(1)));
            } catch (PolicyException e) {
                onlyInWorkspace.add(scope);
            }
        }
        return new ServerDiff(client.address(), scopes, onlyOnServer, onlyInWorkspace);
    }

    /**
     * Compares a template with one target: what the template's groups would change there.
     *
     * @param name
     *            the template's name
     * @param scope
     *            a scope of this server
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return how the target would differ with the template's groups; its base version is the template's last apply
     *         there, -1 if it was never applied there
     * @throws PolicyFileException
     *             if there is no such template or it cannot be read
     * @throws PolicyException
     *             if the server has no such scope
     * @throws ServerException
     *             if the server cannot be read
     */
    public ScopeDiff compareTemplate(String name, WorkspaceScope scope, IProgressMonitor monitor)
            throws PolicyFileException, PolicyException, ServerException {
        PolicyTemplate template = workspace.readTemplate(name);
        ServerScopes server = new ServerScopes(client);
        PolicyTarget target = new PolicyTarget(client.address(), server.canonical(scope, monitor));
        PolicyBase current = server.read(target.scope(), monitor);
        PolicyBase base = template.bases().get(target);
        return new ScopeDiff(target, base == null ? -1 : base.version(), current.version(), PolicyMerge
                .compare(current.settings(), TemplateSettings.onto(template.settings(), current.settings())));
    }

    private static ScopeDiff compare(ScopePolicy copy, ServerScopes server, IProgressMonitor monitor)
            throws PolicyException, ServerException {
        PolicyBase current = server.read(copy.target().scope(), monitor);
        return new ScopeDiff(copy.target(), copy.base().version(), current.version(),
                PolicyMerge.compare(current.settings(), copy.settings()));
    }
}
