package io.bulwark.protocol.settings;

import java.util.List;

/**
 * The web reputation policy for internal or for external agents.
 *
 * @param enabled
 *            whether it applies on desktop platforms
 * @param enabledOnServers
 *            whether it applies on server platforms too
 * @param securityLevel
 *            how strictly sites are blocked: {@link #HIGH}, {@link #MEDIUM} or {@link #LOW}
 * @param approvedUrls
 *            up to {@link #MAX_APPROVED_URLS} {@code http}/{@code https} URLs never blocked
 */
public record WebReputationPolicy(Boolean enabled, Boolean enabledOnServers, String securityLevel,
        List<String> approvedUrls) {

    /** Blocks sites that are dangerous, highly suspicious or suspicious. */
    public static final String HIGH = "high"; //$NON-NLS-1$
    /** Blocks sites that are dangerous or highly suspicious. */
    public static final String MEDIUM = "medium"; //$NON-NLS-1$
    /** Blocks sites that are dangerous. */
    public static final String LOW = "low"; //$NON-NLS-1$
    /** The accepted values of {@link #securityLevel()}. */
    public static final List<String> SECURITY_LEVELS = List.of(HIGH, MEDIUM, LOW);

    /** The longest approved URL list. */
    public static final int MAX_APPROVED_URLS = 500;
}
