package io.bulwark.protocol.admin;

import java.time.Instant;

/**
 * One entry of the audit log ({@code GET /api/v1/audit}): one change made through the administration API, written in
 * the same transaction as the change itself, so the log holds every change that happened and no other.
 *
 * @param id
 *            the entry's id; ids grow with time, so a larger id is a later change
 * @param at
 *            when the change was made
 * @param user
 *            the account that made it
 * @param address
 *            the address it came from, or {@code null} if unknown
 * @param action
 *            what was done, {@code <resource>.<verb>}, e.g. {@code domain.create}, {@code backup.restore}
 * @param target
 *            what it was done to, for a person, e.g. {@code domain 12 "Berlin"}
 * @param before
 *            the resource before the change, in the shape its GET returns (a JSON object as maps, lists, strings,
 *            numbers and booleans), or {@code null} for a creation
 * @param after
 *            the resource after the change, or {@code null} for a deletion
 */
public record AuditEntry(long id, Instant at, String user, String address, String action, String target,
        Object before, Object after) {
}
