package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bulwark.protocol.agent.Inventory;

/**
 * One agent as {@code GET /api/v1/agents/{id}} shows it: its listing, the facts it reported, its latest inventory and
 * its commands.
 *
 * @param agent
 *            what the listing shows
 * @param registeredAt
 *            when it first registered with this server
 * @param heartbeatIntervalMillis
 *            its declared heartbeat interval
 * @param roaming
 *            whether it last reported being outside the corporate network
 * @param componentVersions
 *            its component versions by component name
 * @param inventory
 *            its latest inventory, or {@code null} before the first report
 * @param inventoryReportedAt
 *            when that inventory arrived, or {@code null}
 * @param pendingCommands
 *            how many commands wait for its next heartbeat
 * @param recentCommands
 *            its latest commands, newest first, with their results
 */
public record AgentDetail(AgentSummary agent, Instant registeredAt, int heartbeatIntervalMillis, boolean roaming,
        Map<String, String> componentVersions, Inventory inventory, Instant inventoryReportedAt, long pendingCommands,
        List<CommandSummary> recentCommands) {

    /** Freezes the map and the list. */
    public AgentDetail {
        componentVersions = componentVersions == null ? Map.of() : Map.copyOf(componentVersions);
        recentCommands = recentCommands == null ? List.of() : List.copyOf(recentCommands);
    }
}
