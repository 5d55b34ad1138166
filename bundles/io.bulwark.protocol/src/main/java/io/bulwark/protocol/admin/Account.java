package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.List;

/**
 * An administrator account as {@code GET /api/v1/accounts} lists it; never with its password.
 *
 * @param user
 *            the user name
 * @param role
 *            {@code root}, {@code administrator} or {@code operator}
 * @param domainIds
 *            for an administrator, the domains (with their subtrees) it may change
 * @param createdAt
 *            when the account was created
 */
public record Account(String user, String role, List<Long> domainIds, Instant createdAt) {

    /** Freezes the domain list. */
    public Account {
        domainIds = domainIds == null ? List.of() : List.copyOf(domainIds);
    }
}
