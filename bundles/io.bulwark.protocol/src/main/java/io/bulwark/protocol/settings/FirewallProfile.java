package io.bulwark.protocol.settings;

import java.util.List;

/**
 * Which firewall policy applies to which agents.
 *
 * @param name
 *            1–64 characters, no control characters
 * @param policy
 *            the name of a policy of the same {@link Firewall}
 * @param platforms
 *            one or both of {@link #DESKTOP} and {@link #SERVER}
 * @param ipRanges
 *            up to {@link #MAX_RANGES} address ranges the agents must be in; empty for agents at any address
 */
public record FirewallProfile(String name, String policy, List<String> platforms, List<String> ipRanges) {

    /** Agents on desktop operating systems. */
    public static final String DESKTOP = "desktop"; //$NON-NLS-1$
    /** Agents on server operating systems. */
    public static final String SERVER = "server"; //$NON-NLS-1$
    /** The accepted values in {@link #platforms()}. */
    public static final List<String> PLATFORMS = List.of(DESKTOP, SERVER);

    /** The most address ranges in one profile. */
    public static final int MAX_RANGES = 256;
}
