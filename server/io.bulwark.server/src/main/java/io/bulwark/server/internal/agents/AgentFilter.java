package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiRequest;

/**
 * Which agents a listing shows: those directly in one domain (or directly under the root), in one status, whose host
 * name, address or operating system contains a text, regardless of case, and those out of date
 * ({@link OutdatedAgents}). Each part is optional; all but the last are conditions of SQL.
 *
 * @param domainId
 *            the domain, or {@code null} for any (unless {@code rootOnly})
 * @param rootOnly
 *            only agents directly under the root
 * @param status
 *            one of {@link AgentStatus#ALL}, or {@code null} for any
 * @param text
 *            a lower-case text to look for, or {@code null}
 * @param outdated
 *            only agents out of date
 */
record AgentFilter(Long domainId, boolean rootOnly, String status, String text, boolean outdated) {

    private static final int MAX_TEXT = 255;

    /**
     * Reads {@code domain}, {@code status}, {@code q} and {@code outdated}.
     *
     * @param request
     *            the listing request
     * @param connection
     *            an open connection, to check the domain exists
     * @param domains
     *            the domain table
     * @return the filter
     * @throws ApiException
     *             400 naming a bad parameter
     * @throws SQLException
     *             if the domain table cannot be read
     */
    static AgentFilter of(ApiRequest request, Connection connection, DomainStore domains)
            throws ApiException, SQLException {
        Long domainId = null;
        boolean rootOnly = false;
        Optional<String> domain = request.query("domain"); //$NON-NLS-1$
        if (domain.isPresent()) {
            if (domain.get().equals("root")) { //$NON-NLS-1$
                rootOnly = true;
            } else {
                domainId = domainId(domain.get());
                if (domains.find(connection, domainId.longValue()).isEmpty()) {
                    throw ApiException.invalid("domain", "There is no domain " + domainId); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        String status = request.query("status").orElse(null); //$NON-NLS-1$
        if (status != null && !AgentStatus.ALL.contains(status)) {
            throw ApiException.invalid("status", "status must be one of " + AgentStatus.ALL + ", was \"" + status //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "\""); //$NON-NLS-1$
        }
        String text = request.query("q").map(String::strip).filter(q -> !q.isEmpty()).orElse(null); //$NON-NLS-1$
        if (text != null && (text.length() > MAX_TEXT || text.chars().anyMatch(Character::isISOControl))) {
            throw ApiException.invalid("q", "q must be at most " + MAX_TEXT + " characters without control characters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return new AgentFilter(domainId, rootOnly, status, text == null ? null : text.toLowerCase(Locale.ROOT),
                flag(request, "outdated")); //$NON-NLS-1$
    }

    /**
     * @param request
     *            a request
     * @param name
     *            a query parameter taking {@code true} or {@code false}
     * @return its value; {@code false} when absent
     * @throws ApiException
     *             400 if it is neither
     */
    static boolean flag(ApiRequest request, String name) throws ApiException {
        Optional<String> value = request.query(name);
        if (value.isEmpty() || value.get().equals("false")) { //$NON-NLS-1$
            return false;
        }
        if (value.get().equals("true")) { //$NON-NLS-1$
            return true;
        }
        throw ApiException.invalid(name, name + " must be true or false, was \"" + value.get() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Long domainId(String text) throws ApiException {
        try {
            return Long.valueOf(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("domain", "domain must be a domain id or root, was \"" + text + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * Appends this filter's conditions of SQL to a {@code WHERE} clause that already holds one condition; whether an
     * agent is out of date is judged on each row read.
     *
     * @param sql
     *            the statement so far
     * @param parameters
     *            receives the values to bind, in order
     */
    void appendTo(StringBuilder sql, List<Object> parameters) {
        if (rootOnly) {
            sql.append(" AND domain_id IS NULL"); //$NON-NLS-1$
        } else if (domainId != null) {
            sql.append(" AND domain_id = ?"); //$NON-NLS-1$
            parameters.add(domainId);
        }
        if (status != null) {
            sql.append(" AND status = ?"); //$NON-NLS-1$
            parameters.add(status);
        }
        if (text != null) {
            String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            sql.append(" AND (LOWER(host_name) LIKE ? ESCAPE '\\' OR LOWER(ip) LIKE ? ESCAPE '\\'" //$NON-NLS-1$
                    + " OR LOWER(os) LIKE ? ESCAPE '\\')"); //$NON-NLS-1$
            parameters.add(pattern);
            parameters.add(pattern);
            parameters.add(pattern);
        }
    }
}
