package io.bulwark.protocol.components;

/**
 * What {@code POST /api/v1/notifications/cancel} did.
 *
 * @param cancelled
 *            how many queued notifications were cancelled; notifications already delivered are past cancelling and not
 *            counted
 */
public record CancelNotificationsResult(int cancelled) {
}
