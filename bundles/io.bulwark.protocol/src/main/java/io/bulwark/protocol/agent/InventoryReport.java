package io.bulwark.protocol.agent;

import java.util.UUID;

/**
 * The body of {@code POST /agent/v1/inventory}: the agent's audit of its endpoint. The latest report replaces the
 * previous one.
 *
 * @param agentId
 *            the reporting agent
 * @param inventory
 *            what it found
 */
public record InventoryReport(UUID agentId, Inventory inventory) {
}
