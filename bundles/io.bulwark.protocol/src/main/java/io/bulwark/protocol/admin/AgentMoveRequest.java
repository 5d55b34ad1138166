package io.bulwark.protocol.admin;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/agents/move}: move agents into one domain of the same server. The caller needs the
 * scope of every agent's current domain and of the target.
 *
 * @param agentIds
 *            the agents, 1 to 10,000, each once
 * @param domainId
 *            the target domain, or {@code null} (or absent) for directly under the root
 */
public record AgentMoveRequest(List<UUID> agentIds, Long domainId) {
}
