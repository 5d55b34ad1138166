package io.bulwark.core.internal.policy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.policy.PolicyBase;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * The scopes of one server as the workspace names them: domains found by path (names ignoring case, as the server
 * matches them) among the server's domains, read once; settings read and written with their versions.
 */
public final class ServerScopes {

    private final ServerClient client;
    private List<Domain> domains;
    private DomainPaths paths;

    /**
     * @param client
     *            a client of the server, logged in or able to log in
     */
    public ServerScopes(ServerClient client) {
        this.client = client;
    }

    /** @return every domain of the server as a scope, parents before their subdomains */
    public List<WorkspaceScope> domains(IProgressMonitor monitor) throws ServerException {
        load(monitor);
        List<WorkspaceScope> scopes = new ArrayList<>();
        for (Domain domain : domains) {
            scopes.add(WorkspaceScope.domain(paths.path(Long.valueOf(domain.id()))));
        }
        scopes.sort(null);
        return scopes;
    }

    /**
     * @return the same scope with a domain's names written as the server writes them
     * @throws PolicyException
     *             if the server has no such domain
     */
    public WorkspaceScope canonical(WorkspaceScope scope, IProgressMonitor monitor)
            throws PolicyException, ServerException {
        if (scope.kind() != WorkspaceScope.Kind.DOMAIN) {
            return scope;
        }
        Long id = domainId(scope, monitor);
        return WorkspaceScope.domain(paths.path(id));
    }

    /**
     * @return the scope's own settings on the server with their version
     * @throws PolicyException
     *             if the server has no such scope
     */
    public PolicyBase read(WorkspaceScope scope, IProgressMonitor monitor) throws PolicyException, ServerException {
        SettingsScope settingsScope = settingsScope(scope, monitor);
        Policy policy;
        try {
            policy = client.policies().read(settingsScope, monitor);
        } catch (NotFoundException e) {
            throw new PolicyException(NLS.bind(Messages.ServerScopes_noSuchScope, scope, client.address()), e);
        }
        return base(policy, scope);
    }

    /**
     * Writes a scope's own settings if they are still at {@code version}.
     *
     * @return what the server stored, with its new version
     * @throws PolicyException
     *             if the server has no such scope
     * @throws ServerException
     *             {@link io.bulwark.client.VersionConflictException} if the version is no longer current (nothing was
     *             written), or another failure
     */
    public PolicyBase write(WorkspaceScope scope, Policy settings, long version, IProgressMonitor monitor)
            throws PolicyException, ServerException {
        SettingsScope settingsScope = settingsScope(scope, monitor);
        Policy stored;
        try {
            stored = client.policies().write(settingsScope, settings, "\"" + version + "\"", monitor); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NotFoundException e) {
            throw new PolicyException(NLS.bind(Messages.ServerScopes_noSuchScope, scope, client.address()), e);
        }
        return base(stored, scope);
    }

    private PolicyBase base(Policy policy, WorkspaceScope scope) throws PolicyException {
        String etag = policy.getVersion();
        long version;
        try {
            version = Long.parseLong(etag.substring(1, etag.length() - 1));
        } catch (RuntimeException e) {
            throw new PolicyException(NLS.bind(Messages.ServerScopes_badVersion, etag, client.address()), e);
        }
        policy.setVersion(null);
        policy.setScope(scope.policyScope());
        return new PolicyBase(version, policy);
    }

    private SettingsScope settingsScope(WorkspaceScope scope, IProgressMonitor monitor)
            throws PolicyException, ServerException {
        return switch (scope.kind()) {
            case ROOT -> SettingsScope.root();
            case AGENT -> SettingsScope.agent(scope.agentId().toString());
            case DOMAIN -> SettingsScope.domain(domainId(scope, monitor).longValue());
        };
    }

    private Long domainId(WorkspaceScope scope, IProgressMonitor monitor) throws PolicyException, ServerException {
        load(monitor);
        try {
            return paths.find(scope.domainPath());
        } catch (IllegalArgumentException e) {
            throw new PolicyException(NLS.bind(Messages.ServerScopes_noSuchDomain, scope.domainPath(),
                    client.address()), e);
        }
    }

    private void load(IProgressMonitor monitor) throws ServerException {
        if (domains == null) {
            domains = client.domains(monitor);
            paths = new DomainPaths(domains);
        }
    }
}
