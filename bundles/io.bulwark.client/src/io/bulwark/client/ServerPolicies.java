package io.bulwark.client;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.mapping.SettingsMapping;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * A scope's policy as the model holds it, read from and written to one server: the settings editors work on model
 * policies, and this is where they meet the wire. Each policy read or written carries the server's entity tag as its
 * {@link Policy#getVersion() version}, which a write sends back as {@code If-Match}.
 */
public final class ServerPolicies {

    private final ServerClient client;

    ServerPolicies(ServerClient client) {
        this.client = Objects.requireNonNull(client, "client"); //$NON-NLS-1$
    }

    /**
     * @param scope
     *            the root, a domain or an agent
     * @param monitor
     *            cancels the call, or {@code null}
     * @return a new policy, held by nothing, with the groups the scope sets, its scope and its version
     * @throws ServerException
     *             if the call fails
     */
    public Policy read(SettingsScope scope, IProgressMonitor monitor) throws ServerException {
        Versioned<io.bulwark.protocol.settings.Policy> read = client.policy(scope, monitor);
        return toModel(scope, read.value().settings(), read.etag());
    }

    /**
     * Replaces a scope's own settings, if nobody changed them since {@code ifMatch}.
     *
     * @param scope
     *            the root, a domain or an agent
     * @param policy
     *            the settings to write; groups it does not set are inherited
     * @param ifMatch
     *            the version the change is based on
     * @param monitor
     *            cancels the call, or {@code null}
     * @return a new policy with what the server stored and its new version
     * @throws ServerException
     *             {@link VersionConflictException} if the policy changed meanwhile (nothing is written),
     *             {@link InvalidRequestException} for settings the server does not accept, {@link ForbiddenException}
     *             for an account that may not change the scope
     */
    public Policy write(SettingsScope scope, Policy policy, String ifMatch, IProgressMonitor monitor)
            throws ServerException {
        Versioned<io.bulwark.protocol.settings.Policy> written = client.putPolicy(scope,
                SettingsMapping.toWire(policy), ifMatch, monitor);
        return toModel(scope, written.value().settings(), written.etag());
    }

    private static Policy toModel(SettingsScope scope, io.bulwark.protocol.settings.PolicySettings settings,
            String etag) {
        Policy policy = SettingsMapping.toModel(settings);
        policy.setScope(switch (scope.kind()) {
            case SettingsScope.DOMAIN -> PolicyScope.DOMAIN;
            case SettingsScope.AGENT -> PolicyScope.AGENT;
            default -> PolicyScope.ROOT;
        });
        policy.setVersion(etag);
        return policy;
    }
}
