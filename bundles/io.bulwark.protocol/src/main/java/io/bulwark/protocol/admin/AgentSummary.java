package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * One agent as {@code GET /api/v1/agents} lists it: enough for a tree or a table row. Details, inventory and commands
 * are in {@link AgentDetail}.
 *
 * @param id
 *            the agent's GUID
 * @param hostName
 *            the endpoint's host name
 * @param ip
 *            its IPv4 or IPv6 address
 * @param status
 *            one of {@link AgentStatus#ALL}
 * @param domainId
 *            its domain, or {@code null} directly under the root
 * @param agentVersion
 *            the agent program's version
 * @param lastSeen
 *            when the server last heard from it
 * @param updateAgent
 *            whether it redistributes components to its peers
 * @param os
 *            operating system name and version from its latest inventory, or {@code null} before the first
 */
public record AgentSummary(UUID id, String hostName, String ip, String status, Long domainId, String agentVersion,
        Instant lastSeen, boolean updateAgent, String os) {
}
