package io.bulwark.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.policy.Messages;
import io.bulwark.core.internal.policy.ServerScopes;

/**
 * Takes scopes of one server offline: copies their own settings (every settings group) into the workspace, each with
 * the server's version as its base. Every scope is read before any file is written, and a copy with local changes is
 * never overwritten unless asked, so a pull that cannot complete writes nothing.
 */
public final class PolicyPull {

    private final PolicyWorkspace workspace;
    private final ServerClient client;

    /**
     * @param workspace
     *            the workspace to copy into
     * @param client
     *            the server to copy from
     */
    public PolicyPull(PolicyWorkspace workspace, ServerClient client) {
        this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
        this.client = Objects.requireNonNull(client, "client"); //$NON-NLS-1$
    }

    /**
     * @param scopes
     *            the scopes to take offline; empty for the whole server: the root, every domain, and the agents the
     *            workspace already holds copies of (single agents are taken when named, since a server of thousands of
     *            agents has no list of those that set their own settings)
     * @param discardLocal
     *            whether copies with local changes (or broken files) are replaced; otherwise they stop the pull
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return the copies written, with the server's names of domains
     * @throws LocalChangesException
     *             if copies have local changes and {@code discardLocal} is not set; nothing was written
     * @throws PolicyException
     *             if a scope is not on the server; nothing was written
     * @throws PolicyFileException
     *             if a copy cannot be read (without {@code discardLocal}) or a file cannot be written
     * @throws ServerException
     *             if the server cannot be read; nothing was written
     */
    public List<ScopePolicy> pull(List<WorkspaceScope> scopes, boolean discardLocal, IProgressMonitor monitor)
            throws PolicyException, PolicyFileException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.PolicyPull_task, 10);
        ServerScopes server = new ServerScopes(client);
        List<WorkspaceScope> chosen = chosen(server, scopes, progress.split(1));
        List<ScopePolicy> copies = new ArrayList<>();
        SubMonitor reading = SubMonitor.convert(progress.split(6), chosen.size());
        for (WorkspaceScope scope : chosen) {
            PolicyBase base = server.read(scope, reading.split(1));
            copies.add(new ScopePolicy(new PolicyTarget(client.address(), scope), base,
                    EcoreUtil.copy(base.settings())));
        }
        if (!discardLocal) {
            refuseLocalChanges(copies);
        }
        SubMonitor writing = SubMonitor.convert(progress.split(3), copies.size());
        for (ScopePolicy copy : copies) {
            writing.split(1);
            workspace.save(copy);
        }
        return copies;
    }

    private List<WorkspaceScope> chosen(ServerScopes server, List<WorkspaceScope> scopes, IProgressMonitor monitor)
            throws PolicyException, PolicyFileException, ServerException {
        Set<WorkspaceScope> chosen = new LinkedHashSet<>();
        if (scopes.isEmpty()) {
            chosen.add(WorkspaceScope.root());
            chosen.addAll(server.domains(monitor));
            for (WorkspaceScope held : workspace.scopes(client.address())) {
                if (held.kind() == WorkspaceScope.Kind.AGENT) {
                    chosen.add(held);
                }
            }
        } else {
            for (WorkspaceScope scope : scopes) {
                chosen.add(server.canonical(scope, monitor));
            }
        }
        return new ArrayList<>(chosen);
    }

    private void refuseLocalChanges(List<ScopePolicy> copies) throws LocalChangesException, PolicyFileException {
        List<String> changed = new ArrayList<>();
        List<PolicyTarget> targets = new ArrayList<>();
        for (ScopePolicy copy : copies) {
            if (workspace.contains(copy.target()) && workspace.read(copy.target()).hasLocalChanges()) {
                changed.add(workspace.file(copy.target()).toString());
                targets.add(copy.target());
            }
        }
        if (!changed.isEmpty()) {
            throw new LocalChangesException(NLS.bind(Messages.PolicyPull_localChanges, String.join(", ", changed)), //$NON-NLS-1$
                    targets);
        }
    }
}
