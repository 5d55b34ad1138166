package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of an {@code agent.status} event: an agent went offline, came back, or started or stopped roaming. Only what
 * changed, since whole fleets change status at once.
 *
 * @param id
 *            the agent
 * @param status
 *            its new status, one of {@link AgentStatus#ALL}
 * @param lastSeen
 *            when the server last heard from it
 */
public record AgentStatusChange(UUID id, String status, Instant lastSeen) {
}
