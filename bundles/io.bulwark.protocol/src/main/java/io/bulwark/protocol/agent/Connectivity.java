package io.bulwark.protocol.agent;

/**
 * How an endpoint is connected, which decides the order and timing of deployments and moves.
 *
 * @param link
 *            {@value #LAN}, {@value #WAN}, {@value #SLOW_LINK} or {@value #DIAL_UP}
 * @param kbitPerSecond
 *            the usable bandwidth in kbit/s, if known (always for a slow link or dial-up)
 */
public record Connectivity(String link, Integer kbitPerSecond) {

    /** On the local network. */
    public static final String LAN = "lan"; //$NON-NLS-1$
    /** Across a wide-area link. */
    public static final String WAN = "wan"; //$NON-NLS-1$
    /** Across a slow or unreliable link. */
    public static final String SLOW_LINK = "slow_link"; //$NON-NLS-1$
    /** Over a dial-up line. */
    public static final String DIAL_UP = "dial_up"; //$NON-NLS-1$
}
