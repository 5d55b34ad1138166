package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.List;

/**
 * A session: returned by {@code POST /api/v1/sessions} (with its token) and by {@code GET /api/v1/sessions/current}
 * (without it).
 *
 * @param token
 *            the bearer token for {@code Authorization}; only in the login answer
 * @param user
 *            who is logged in
 * @param role
 *            {@code root}, {@code administrator} or {@code operator}
 * @param domainIds
 *            for an administrator, the domains (and their subtrees) they may change; empty for the other roles
 * @param expiresAt
 *            when the token stops working; log in again before then
 */
public record SessionInfo(String token, String user, String role, List<Long> domainIds, Instant expiresAt) {

    /** Freezes the domain list. */
    public SessionInfo {
        domainIds = domainIds == null ? List.of() : List.copyOf(domainIds);
    }

    /** Keeps the token out of logs and exception messages. */
    @Override
    public String toString() {
        return "SessionInfo[user=" + user + ", role=" + role + ", expiresAt=" + expiresAt + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
