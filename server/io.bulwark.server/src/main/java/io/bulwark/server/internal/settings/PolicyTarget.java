package io.bulwark.server.internal.settings;

import java.util.UUID;

import io.bulwark.protocol.settings.SettingsScope;

/**
 * A scope whose settings are read or written, resolved against the database: the root, an existing domain, or an
 * existing agent with the domain it sits in.
 *
 * @param scope
 *            the scope as the wire names it
 * @param key
 *            its row in the {@code policy} table
 * @param domainId
 *            the domain that decides who may change it: the domain itself, or the agent's domain; {@code null} for the
 *            root scope (root only)
 * @param agentId
 *            for an agent: its id; {@code null} otherwise
 */
record PolicyTarget(SettingsScope scope, String key, Long domainId, UUID agentId) {

    /** The key of the root's row. */
    static final String ROOT_KEY = "root"; //$NON-NLS-1$

    static PolicyTarget root() {
        return new PolicyTarget(SettingsScope.root(), ROOT_KEY, null, null);
    }

    static PolicyTarget domain(long domainId) {
        return new PolicyTarget(SettingsScope.domain(domainId), domainKey(domainId), Long.valueOf(domainId), null);
    }

    static PolicyTarget agent(UUID agentId, Long domainId) {
        return new PolicyTarget(SettingsScope.agent(agentId.toString()), agentKey(agentId), domainId, agentId);
    }

    static String domainKey(long domainId) {
        return SettingsScope.DOMAIN + ":" + domainId; //$NON-NLS-1$
    }

    static String agentKey(UUID agentId) {
        return SettingsScope.AGENT + ":" + agentId; //$NON-NLS-1$
    }

    boolean isRoot() {
        return agentId == null && domainId == null;
    }

    boolean isAgent() {
        return agentId != null;
    }

    /** @return the scope for the audit log, e.g. {@code settings of domain 12} */
    String describe() {
        if (isAgent()) {
            return "settings of agent " + agentId; //$NON-NLS-1$
        }
        return isRoot() ? "settings of the root" : "settings of domain " + domainId; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
