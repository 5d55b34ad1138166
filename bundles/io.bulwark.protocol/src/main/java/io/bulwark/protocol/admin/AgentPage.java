package io.bulwark.protocol.admin;

import java.util.List;

/**
 * One page of {@code GET /api/v1/agents}, ordered by host name (then id).
 *
 * @param items
 *            the agents of this page
 * @param next
 *            the opaque cursor of the next page, to pass as {@code cursor}; {@code null} on the last page
 */
public record AgentPage(List<AgentSummary> items, String next) {

    /** Freezes the list; {@code next} is always written, {@code null} on the last page. */
    public AgentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
