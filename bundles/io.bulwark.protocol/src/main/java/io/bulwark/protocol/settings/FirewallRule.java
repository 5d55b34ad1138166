package io.bulwark.protocol.settings;

import java.util.List;

/**
 * One exception in a firewall policy.
 *
 * @param direction
 *            {@link #INBOUND}, {@link #OUTBOUND} or {@link #BOTH}
 * @param protocol
 *            {@link #TCP}, {@link #UDP}, {@link #TCP_UDP}, {@link #ICMP} or {@link #ALL}
 * @param ports
 *            for TCP and UDP: up to {@link #MAX_PORTS} ports ({@code 443}) or ranges ({@code 8000-8080}); empty for all
 *            ports and for protocols without ports
 * @param action
 *            {@link #ALLOW} or {@link #DENY}
 */
public record FirewallRule(String direction, String protocol, List<String> ports, String action) {

    /** Traffic to the endpoint. */
    public static final String INBOUND = "inbound"; //$NON-NLS-1$
    /** Traffic from the endpoint. */
    public static final String OUTBOUND = "outbound"; //$NON-NLS-1$
    /** Traffic either way. */
    public static final String BOTH = "both"; //$NON-NLS-1$
    /** The accepted values of {@link #direction()}. */
    public static final List<String> DIRECTIONS = List.of(INBOUND, OUTBOUND, BOTH);

    /** TCP. */
    public static final String TCP = "tcp"; //$NON-NLS-1$
    /** UDP. */
    public static final String UDP = "udp"; //$NON-NLS-1$
    /** TCP and UDP. */
    public static final String TCP_UDP = "tcp_udp"; //$NON-NLS-1$
    /** ICMP, which has no ports. */
    public static final String ICMP = "icmp"; //$NON-NLS-1$
    /** Every protocol; no ports. */
    public static final String ALL = "all"; //$NON-NLS-1$
    /** The accepted values of {@link #protocol()}. */
    public static final List<String> PROTOCOLS = List.of(TCP, UDP, TCP_UDP, ICMP, ALL);

    /** Let the traffic through. */
    public static final String ALLOW = "allow"; //$NON-NLS-1$
    /** Block the traffic. */
    public static final String DENY = "deny"; //$NON-NLS-1$
    /** The accepted values of {@link #action()}. */
    public static final List<String> ACTIONS = List.of(ALLOW, DENY);

    /** The most port entries in one rule. */
    public static final int MAX_PORTS = 64;
}
