package io.bulwark.protocol.move;

import io.bulwark.protocol.agent.Registered;

/**
 * The target's answer to an {@link Arrival}: the agent's provisional registration and the receipt it hands to its
 * source.
 *
 * @param registered
 *            as for any registration; the record stays provisional until the agent's first heartbeat here
 * @param receipt
 *            the receipt signed by the target
 */
public record Arrived(Registered registered, MoveReceipt receipt) {
}
