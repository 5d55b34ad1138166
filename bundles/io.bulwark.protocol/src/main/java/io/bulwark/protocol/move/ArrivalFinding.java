package io.bulwark.protocol.move;

import java.util.UUID;

/**
 * What the target knows of one agent an {@link ArrivalCheck} asked about.
 *
 * @param agentId
 *            the agent
 * @param state
 *            a {@link TicketAgent} state after the check: {@link TicketAgent#PROVISIONAL} or
 *            {@link TicketAgent#ARRIVED} when it registered with the ticket (the receipt is given),
 *            {@link TicketAgent#EXPECTED} when it has not registered yet, {@link TicketAgent#LAPSED} when it never can
 *            any more (deadline, revocation or release); or {@value #NOT_NAMED} when the ticket does not name it
 * @param receipt
 *            the receipt the target signed when the agent registered, for the source to verify as if the agent had
 *            handed it in; {@code null} unless the agent registered
 */
public record ArrivalFinding(UUID agentId, String state, MoveReceipt receipt) {

    /** The ticket does not name the agent, so it can never arrive under it. */
    public static final String NOT_NAMED = "not_named"; //$NON-NLS-1$
}
