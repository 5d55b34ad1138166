package io.bulwark.protocol.components;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/components/notify}: which agents to tell to update their components. Exactly one of
 * {@code agentIds}, {@code domainId} and {@code all} is given.
 *
 * @param agentIds
 *            these agents (1 to 10,000)
 * @param domainId
 *            every agent in this domain and its subdomains
 * @param all
 *            {@code true} for every agent of the server (root only)
 * @param force
 *            {@code true} to notify agents that reported being up to date too; by default they are skipped
 */
public record NotifyAgentsRequest(List<UUID> agentIds, Long domainId, Boolean all, Boolean force) {
}
