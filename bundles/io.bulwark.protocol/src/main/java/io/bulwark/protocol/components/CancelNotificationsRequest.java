package io.bulwark.protocol.components;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/notifications/cancel}. Exactly one member is given.
 *
 * @param ids
 *            these queued notifications (1 to 10,000)
 * @param agentIds
 *            every queued notification of these agents (1 to 10,000)
 * @param all
 *            {@code true} to clear the whole queue (root only)
 */
public record CancelNotificationsRequest(List<Long> ids, List<UUID> agentIds, Boolean all) {
}
