package io.bulwark.protocol.settings;

import java.util.List;

/**
 * A named firewall policy: a security level for all traffic, and rules that make exceptions to it.
 *
 * @param name
 *            1–64 characters, no control characters
 * @param securityLevel
 *            {@link #HIGH} (block inbound and outbound), {@link #MEDIUM} (block inbound, allow outbound) or
 *            {@link #LOW} (allow both)
 * @param rules
 *            up to {@link #MAX_RULES} exceptions, first match wins
 */
public record FirewallPolicy(String name, String securityLevel, List<FirewallRule> rules) {

    /** Block inbound and outbound traffic but for the rules. */
    public static final String HIGH = "high"; //$NON-NLS-1$
    /** Block inbound, allow outbound traffic but for the rules. */
    public static final String MEDIUM = "medium"; //$NON-NLS-1$
    /** Allow all traffic but for the rules. */
    public static final String LOW = "low"; //$NON-NLS-1$
    /** The accepted values of {@link #securityLevel()}. */
    public static final List<String> SECURITY_LEVELS = List.of(HIGH, MEDIUM, LOW);

    /** The most rules in one policy. */
    public static final int MAX_RULES = 500;
}
