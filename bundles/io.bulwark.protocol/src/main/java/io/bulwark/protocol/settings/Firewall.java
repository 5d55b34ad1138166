package io.bulwark.protocol.settings;

import java.util.List;

/**
 * The agents' firewall: named policies, and profiles that say which policy applies to which agents.
 *
 * @param enabled
 *            whether the firewall runs on desktop platforms
 * @param enabledOnServers
 *            whether it runs on server platforms too
 * @param policies
 *            up to {@link #MAX_POLICIES} policies, names unique regardless of case
 * @param profiles
 *            up to {@link #MAX_PROFILES} profiles, names unique regardless of case; the first profile matching an agent
 *            applies
 */
public record Firewall(Boolean enabled, Boolean enabledOnServers, List<FirewallPolicy> policies,
        List<FirewallProfile> profiles) {

    /** The most policies. */
    public static final int MAX_POLICIES = 100;

    /** The most profiles. */
    public static final int MAX_PROFILES = 100;
}
