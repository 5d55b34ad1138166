package io.bulwark.protocol.settings;

import java.util.List;

/**
 * A scope that holds settings: the root, a domain or an agent. Names the scope of a {@link Policy} and, in
 * {@link EffectiveSettings#origins()}, the scope a group's value comes from.
 *
 * @param kind
 *            {@link #ROOT}, {@link #DOMAIN} or {@link #AGENT}
 * @param domainId
 *            for a domain: its id; absent otherwise
 * @param agentId
 *            for an agent: its id (GUID); absent otherwise
 */
public record SettingsScope(String kind, Long domainId, String agentId) {

    /** The root of the agent tree: the server-wide defaults. */
    public static final String ROOT = "root"; //$NON-NLS-1$
    /** A domain, overriding for its agents and subdomains. */
    public static final String DOMAIN = "domain"; //$NON-NLS-1$
    /** A single agent. */
    public static final String AGENT = "agent"; //$NON-NLS-1$
    /** The accepted values of {@link #kind()}. */
    public static final List<String> KINDS = List.of(ROOT, DOMAIN, AGENT);

    /** @return the root scope */
    public static SettingsScope root() {
        return new SettingsScope(ROOT, null, null);
    }

    /**
     * @param domainId
     *            a domain
     * @return its scope
     */
    public static SettingsScope domain(long domainId) {
        return new SettingsScope(DOMAIN, Long.valueOf(domainId), null);
    }

    /**
     * @param agentId
     *            an agent's id
     * @return its scope
     */
    public static SettingsScope agent(String agentId) {
        return new SettingsScope(AGENT, null, agentId);
    }
}
