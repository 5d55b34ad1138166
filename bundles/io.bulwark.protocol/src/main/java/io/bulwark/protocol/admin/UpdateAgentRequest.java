package io.bulwark.protocol.admin;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/agents/update-agents}: make agents update agents (which redistribute components to
 * their peers, e.g. behind a slow link) or ordinary agents again.
 *
 * @param agentIds
 *            the agents, 1 to 10,000, each once
 * @param updateAgent
 *            {@code true} to mark them, {@code false} to unmark them; required
 */
public record UpdateAgentRequest(List<UUID> agentIds, Boolean updateAgent) {
}
