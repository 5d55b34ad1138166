package io.bulwark.protocol.move;

import io.bulwark.protocol.agent.Registration;
import java.util.UUID;

/**
 * The body of {@code POST /agent/v1/arrivals} on the target: an agent that was told to {@link Relocate} registers with
 * the ticket. The target answers {@link Arrived}, or 403 {@code ticket_refused} when the ticket is unknown, forged,
 * revoked, lapsed or does not name the agent. Repeating an arrival is harmless and answers the same receipt.
 *
 * @param registration
 *            the agent's registration, as it would register anywhere
 * @param ticket
 *            the ticket token from {@link Relocate#ticket()}
 * @param sourceServerId
 *            the server that told it to relocate
 */
public record Arrival(Registration registration, String ticket, UUID sourceServerId) {
}
