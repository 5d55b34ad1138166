package io.bulwark.protocol.admin;

import java.util.List;

/**
 * One page of {@code GET /api/v1/agents}, ordered by host name (then id).
 *
 * @param items
 *            the agents of this page
 * @param next
 *            the opaque cursor of the next page, to pass as {@code cursor}; {@code null} on the last page
 * @param total
 *            how many agents match the request on all pages together, when it asked {@code count=true}; else
 *            {@code null}
 */
public record AgentPage(List<AgentSummary> items, String next, Long total) {

    /** Freezes the list. */
    public AgentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * A page without a total.
     *
     * @param items
     *            the agents of this page
     * @param next
     *            the opaque cursor of the next page, or {@code null} on the last page
     */
    public AgentPage(List<AgentSummary> items, String next) {
        this(items, next, null);
    }
}
