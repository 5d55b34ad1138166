package io.bulwark.protocol.admin;

import java.util.List;

/**
 * The states of an agent as the server sees them ({@link AgentSummary#status()}).
 */
public final class AgentStatus {

    /** Heartbeats arrive within the agent's declared interval, from inside the corporate network. */
    public static final String ONLINE = "online"; //$NON-NLS-1$

    /** The agent missed three heartbeat intervals. */
    public static final String OFFLINE = "offline"; //$NON-NLS-1$

    /** Heartbeats arrive, but the endpoint reports being outside the corporate network; it cannot be moved. */
    public static final String ROAMING = "roaming"; //$NON-NLS-1$

    /** The agent is being relocated to another server. */
    public static final String MOVING = "moving"; //$NON-NLS-1$

    /** Every status, in the order above. */
    public static final List<String> ALL = List.of(ONLINE, OFFLINE, ROAMING, MOVING);

    private AgentStatus() {
    }
}
