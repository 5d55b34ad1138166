package io.bulwark.protocol.admin;

import java.util.List;

/**
 * The body of {@code POST /api/v1/accounts} (create; every member required but {@code domainIds} for an operator) and
 * {@code PUT /api/v1/accounts/{user}} (change; {@code user} must be absent or equal, {@code password} may be absent to
 * keep it).
 *
 * @param user
 *            the user name: 1–64 letters, digits, '.', '_' or '-'
 * @param role
 *            {@code administrator} or {@code operator}; there is only one root
 * @param password
 *            at least 8 characters
 * @param domainIds
 *            for an administrator, at least one domain
 */
public record AccountRequest(String user, String role, String password, List<Long> domainIds) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "AccountRequest[user=" + user + ", role=" + role + ", domainIds=" + domainIds + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
