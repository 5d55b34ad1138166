package io.bulwark.client;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * Which entries of a server's audit log to read, newest first. Every member may be {@code null} for "any".
 *
 * @param user
 *            only changes by this account
 * @param action
 *            only this action, e.g. {@code domain.create}
 * @param target
 *            only changes to targets containing this text
 * @param since
 *            only changes at or after this instant
 * @param until
 *            only changes before this instant
 */
public record AuditQuery(String user, String action, String target, Instant since, Instant until) {

    /** @return the whole audit log */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    /**
     * @param onlyAction
     *            an action such as {@code domain.create}
     * @return this query limited to that action
     */
    public AuditQuery withAction(String onlyAction) {
        return new AuditQuery(user, onlyAction, target, since, until);
    }

    /** @return the query parameters of {@code GET /api/v1/audit}, URL-encoded, without a leading {@code ?} */
    public String toQueryString() {
        StringJoiner query = new StringJoiner("&"); //$NON-NLS-1$
        add(query, "user", user); //$NON-NLS-1$
        add(query, "action", action); //$NON-NLS-1$
        add(query, "target", target); //$NON-NLS-1$
        add(query, "since", since == null ? null : since.toString()); //$NON-NLS-1$
        add(query, "until", until == null ? null : until.toString()); //$NON-NLS-1$
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + AgentQuery.encode(value)); //$NON-NLS-1$
        }
    }
}
