package io.bulwark.protocol.components;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One item of the notification queue: an {@code update_components} command waiting for its agent's next heartbeat.
 *
 * @param id
 *            the queued command's id
 * @param agentId
 *            the agent
 * @param hostName
 *            the agent's host name, {@code null} if the agent is no longer on this server
 * @param domainId
 *            the agent's domain, {@code null} under the root
 * @param createdAt
 *            when the notification was queued
 * @param components
 *            the component versions it tells the agent to fetch
 */
public record Notification(long id, UUID agentId, String hostName, Long domainId, Instant createdAt,
        List<ComponentVersion> components) {

    /** Freezes the component list. */
    public Notification {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
