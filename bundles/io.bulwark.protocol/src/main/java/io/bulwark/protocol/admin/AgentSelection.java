package io.bulwark.protocol.admin;

import java.util.List;
import java.util.UUID;

/**
 * The body of a request that acts on chosen agents, e.g. {@code POST /api/v1/agents/scan-now}.
 *
 * @param agentIds
 *            the agents, 1 to 10,000, each once
 */
public record AgentSelection(List<UUID> agentIds) {
}
