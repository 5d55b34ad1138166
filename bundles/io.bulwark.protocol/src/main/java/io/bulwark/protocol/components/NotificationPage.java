package io.bulwark.protocol.components;

import java.util.List;

/**
 * A page of the notification queue, oldest first, from {@code GET /api/v1/notifications?limit=N&cursor=C}.
 *
 * @param items
 *            the notifications
 * @param next
 *            the cursor of the next page, absent on the last page
 */
public record NotificationPage(List<Notification> items, String next) {

    /** Freezes the item list. */
    public NotificationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
