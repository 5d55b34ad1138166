package io.bulwark.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import io.bulwark.protocol.ApiPaths;

/**
 * Which agents to list: all, those directly in one domain or directly under the root, optionally only those in one
 * status, those whose host name, address or OS contains a text and those out of date. Immutable; the {@code with…}
 * methods return a copy.
 *
 * @param domainId
 *            only agents directly in this domain, or {@code null}
 * @param rootOnly
 *            only agents directly under the root (then {@code domainId} is {@code null})
 * @param status
 *            only agents in this status (see {@link io.bulwark.protocol.admin.AgentStatus}), or {@code null}
 * @param text
 *            only agents whose host name, address or OS contains this text, or {@code null}
 * @param outdated
 *            only agents with a component older than the server's (the server judges, by the versions the agents last
 *            reported); each listed agent then carries its component versions
 */
public record AgentQuery(Long domainId, boolean rootOnly, String status, String text, boolean outdated) {

    /** Refuses a domain together with the root. */
    public AgentQuery {
        if (rootOnly && domainId != null) {
            throw new IllegalArgumentException("an agent query names a domain or the root, not both"); //$NON-NLS-1$
        }
    }

    /**
     * A query regardless of components.
     *
     * @param domainId
     *            only agents directly in this domain, or {@code null}
     * @param rootOnly
     *            only agents directly under the root (then {@code domainId} is {@code null})
     * @param status
     *            only agents in this status, or {@code null}
     * @param text
     *            only agents whose host name, address or OS contains this text, or {@code null}
     */
    public AgentQuery(Long domainId, boolean rootOnly, String status, String text) {
        this(domainId, rootOnly, status, text, false);
    }

    /** @return every agent of the server */
    public static AgentQuery all() {
        return new AgentQuery(null, false, null, null);
    }

    /** @return this query limited to agents out of date, each with its component versions */
    public AgentQuery withOutdatedOnly() {
        return new AgentQuery(domainId, rootOnly, status, text, true);
    }

    /**
     * @param domainId
     *            a domain
     * @return the agents directly in that domain
     */
    public static AgentQuery inDomain(long domainId) {
        return new AgentQuery(Long.valueOf(domainId), false, null, null);
    }

    /** @return the agents directly under the root */
    public static AgentQuery underRoot() {
        return new AgentQuery(null, true, null, null);
    }

    /**
     * @param onlyStatus
     *            a status, or {@code null} for any
     * @return this query limited to that status
     */
    public AgentQuery withStatus(String onlyStatus) {
        return new AgentQuery(domainId, rootOnly, onlyStatus, text, outdated);
    }

    /**
     * @param contained
     *            a text, or {@code null} for any
     * @return this query limited to agents containing that text
     */
    public AgentQuery withText(String contained) {
        return new AgentQuery(domainId, rootOnly, status, contained, outdated);
    }

    /**
     * @return the query parameters of {@code GET /api/v1/agents}, URL-encoded and joined with {@code &}, without a
     *         leading {@code ?}; empty for {@link #all()}
     */
    public String toQueryString() {
        StringJoiner query = new StringJoiner("&"); //$NON-NLS-1$
        if (rootOnly) {
            query.add("domain=root"); //$NON-NLS-1$
        } else if (domainId != null) {
            query.add("domain=" + domainId); //$NON-NLS-1$
        }
        if (status != null) {
            query.add("status=" + encode(status)); //$NON-NLS-1$
        }
        if (text != null && !text.isBlank()) {
            query.add("q=" + encode(text)); //$NON-NLS-1$
        }
        if (outdated) {
            query.add("outdated=true"); //$NON-NLS-1$
        }
        return query.toString();
    }

    /**
     * @param parameters
     *            the listing's own parameters, each {@code name=value} and URL-encoded
     * @return the path of {@code GET /api/v1/agents} with those parameters and this query's
     */
    String path(String... parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (String parameter : parameters) {
            query.add(parameter);
        }
        String filter = toQueryString();
        if (!filter.isEmpty()) {
            query.add(filter);
        }
        return ApiPaths.AGENTS + query;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
