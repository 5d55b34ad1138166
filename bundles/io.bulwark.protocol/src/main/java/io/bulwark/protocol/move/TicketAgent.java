package io.bulwark.protocol.move;

import java.util.UUID;

/**
 * How far one agent named in a ticket has come on the target server.
 *
 * @param agentId
 *            the agent
 * @param state
 *            {@value #EXPECTED} (not arrived), {@value #PROVISIONAL} (registered with the ticket, no heartbeat yet),
 *            {@value #ARRIVED} (heartbeating the target: it owns the agent) or {@value #LAPSED} (the deadline passed or
 *            the ticket was revoked before it arrived)
 */
public record TicketAgent(UUID agentId, String state) {

    /** Named in the ticket, not arrived. */
    public static final String EXPECTED = "expected"; //$NON-NLS-1$

    /** Registered with the ticket; the record stays provisional until the agent's first heartbeat here. */
    public static final String PROVISIONAL = "provisional"; //$NON-NLS-1$

    /** Heartbeated the target after registering: the target owns it now. */
    public static final String ARRIVED = "arrived"; //$NON-NLS-1$

    /** Did not arrive before the deadline or the ticket's revocation; any provisional record is gone. */
    public static final String LAPSED = "lapsed"; //$NON-NLS-1$
}
