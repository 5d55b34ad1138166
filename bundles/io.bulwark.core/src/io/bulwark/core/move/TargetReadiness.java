package io.bulwark.core.move;

import java.util.UUID;

/**
 * Whether the target can take the agents: reachable, logged in, the domain found, and (when asked at planning) the
 * ticket obtained.
 *
 * @param ready
 *            whether the move can start
 * @param problem
 *            why not, for a person; {@code null} when ready
 * @param ticketId
 *            the ticket obtained at planning, or {@code null} if none was asked for (the run obtains it)
 */
public record TargetReadiness(boolean ready, String problem, UUID ticketId) {
}
