package io.bulwark.server.internal.accounts;

import java.util.List;
import java.util.Set;

import io.bulwark.server.internal.http.ApiException;

/**
 * Who is making an admin request: an authenticated account with its role and, for an administrator, the domains it may
 * change. Endpoints ask it before they change anything.
 *
 * @param user
 *            the account
 * @param role
 *            what it may do
 * @param domainIds
 *            for an administrator, the domains (with their subtrees) in its scope
 */
public record Caller(String user, Role role, Set<Long> domainIds) {

    /**
     * Freezes the domain set.
     */
    public Caller {
        domainIds = Set.copyOf(domainIds);
    }

    /**
     * @throws ApiException
     *             403 unless the caller is root
     */
    public void requireRoot() throws ApiException {
        if (role != Role.ROOT) {
            throw ApiException.forbidden(user + " is " + role.storedName() + "; only root may do this"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @throws ApiException
     *             403 if the caller is a read-only operator
     */
    public void requireWriter() throws ApiException {
        if (role == Role.OPERATOR) {
            throw ApiException.forbidden(user + " is a read-only operator and cannot change anything"); //$NON-NLS-1$
        }
    }

    /**
     * Checks that the caller may change a domain, which for an administrator means the domain is one of its domains or
     * lies below one.
     *
     * @param domainId
     *            the domain to change, or {@code null} for the root scope (root only)
     * @param ancestry
     *            answers the domain's ancestors
     * @throws ApiException
     *             403 if the caller may not
     */
    public void requireDomain(Long domainId, DomainAncestry ancestry) throws ApiException {
        requireWriter();
        if (role == Role.ROOT) {
            return;
        }
        if (domainId == null) {
            throw ApiException.forbidden(user + " administers only some domains and cannot change the root"); //$NON-NLS-1$
        }
        for (long ancestor : ancestry.selfAndAncestors(domainId.longValue())) {
            if (domainIds.contains(Long.valueOf(ancestor))) {
                return;
            }
        }
        throw ApiException.forbidden(user + " may not change domain " + domainId + ", which is outside its domains"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Knows the domain tree well enough to check a scope.
     */
    @FunctionalInterface
    public interface DomainAncestry {
        /**
         * @param domainId
         *            a domain
         * @return the domain and every domain above it, nearest first; empty if the domain does not exist
         * @throws ApiException
         *             if the tree cannot be read
         */
        List<Long> selfAndAncestors(long domainId) throws ApiException;
    }
}
