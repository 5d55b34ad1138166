package io.bulwark.server.internal.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.settings.SettingsInheritance.Resolved;

/**
 * Resolves the settings in effect at a scope: the root's, overlaid by each enclosing domain's from the top down, then
 * the scope's own. The agent API hands the result to registering agents.
 */
public final class EffectiveSettingsService implements EffectiveSettingsSource {

    private final PolicyStore store;
    private final DomainStore domains;

    /**
     * @param store
     *            the settings of every scope
     * @param domains
     *            the domain tree
     */
    public EffectiveSettingsService(PolicyStore store, DomainStore domains) {
        this.store = store;
        this.domains = domains;
    }

    @Override
    public Object effectiveFor(Connection connection, UUID agentId, Long domainId) throws SQLException {
        return resolve(connection, PolicyTarget.agent(agentId, domainId)).settings();
    }

    /**
     * @param connection
     *            an open connection
     * @param target
     *            an existing scope
     * @return its effective settings with their origins
     * @throws SQLException
     *             if the settings cannot be read
     */
    Resolved resolve(Connection connection, PolicyTarget target) throws SQLException {
        List<Long> chain = target.domainId() == null
                ? List.of()
                : domains.selfAndAncestors(connection, target.domainId().longValue());
        List<String> keys = new ArrayList<>();
        keys.add(PolicyTarget.ROOT_KEY);
        chain.forEach(id -> keys.add(PolicyTarget.domainKey(id.longValue())));
        if (target.isAgent()) {
            keys.add(target.key());
        }
        Map<String, StoredPolicy> rows = store.findAll(connection, keys);
        StoredPolicy root = rows.get(PolicyTarget.ROOT_KEY);
        if (root == null) {
            throw new SQLException("The root settings are missing from the policy table"); //$NON-NLS-1$
        }
        Resolved resolved = SettingsInheritance.root(root.settings());
        for (int i = chain.size() - 1; i >= 0; i--) {
            long domainId = chain.get(i).longValue();
            StoredPolicy own = rows.get(PolicyTarget.domainKey(domainId));
            if (own != null) {
                resolved = SettingsInheritance.overlay(own.settings(), SettingsScope.domain(domainId), resolved);
            }
        }
        StoredPolicy agent = target.isAgent() ? rows.get(target.key()) : null;
        if (agent != null) {
            resolved = SettingsInheritance.overlay(agent.settings(), target.scope(), resolved);
        }
        return resolved;
    }
}
