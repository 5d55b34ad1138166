package io.bulwark.protocol.admin;

import java.util.List;

/**
 * One page of the audit log, newest entry first.
 *
 * @param items
 *            the entries of this page
 * @param next
 *            the cursor of the next (older) page, to pass as {@code cursor}; {@code null} on the last page
 */
public record AuditPage(List<AuditEntry> items, String next) {

    /** Freezes the entries. */
    public AuditPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
