package io.bulwark.protocol.agent;

import java.util.UUID;

/**
 * The answer to a {@link Registration}: where the agent now belongs and what it must apply.
 *
 * @param agentId
 *            the agent's id, as it registered
 * @param domainId
 *            its domain on this server, or {@code null} if it sits directly under the root
 * @param serverId
 *            the identity of the server the agent registered with, its home server
 * @param settings
 *            the agent's effective settings (every settings group, after inheritance), or {@code null} if the server
 *            has none to give yet; an agent keeps them as they are
 */
public record Registered(UUID agentId, Long domainId, UUID serverId, Object settings) {
}
