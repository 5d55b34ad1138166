package io.bulwark.server.internal.domains;

import java.sql.Connection;
import java.util.Map;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * Automatic grouping rules: {@code GET/POST /api/v1/grouping-rules}, {@code PUT/DELETE /api/v1/grouping-rules/{id}}.
 * Rules decide where every arriving agent lands, whatever its domain, so only root changes them.
 */
public final class GroupingRuleEndpoints {

    private static final String ONE = ApiPaths.GROUPING_RULES + "/{id}"; //$NON-NLS-1$

    private final Database database;
    private final GroupingRules rules;
    private final DomainStore domains;

    /**
     * @param database
     *            the server's database
     * @param rules
     *            the rule table
     * @param domains
     *            the domain table
     */
    public GroupingRuleEndpoints(Database database, GroupingRules rules, DomainStore domains) {
        this.database = database;
        this.rules = rules;
        this.domains = domains;
    }

    /**
     * @param routes
     *            receives the rule routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.GROUPING_RULES, Access.SESSION, this::list) //$NON-NLS-1$
                .change("POST", ApiPaths.GROUPING_RULES, this::create) //$NON-NLS-1$
                .change("PUT", ONE, this::update) //$NON-NLS-1$
                .change("DELETE", ONE, this::delete); //$NON-NLS-1$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        try (Connection connection = database.connection()) {
            return ApiReply.ok(rules.list(connection));
        }
    }

    private ApiReply create(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        GroupingRule body = request.body(GroupingRule.class);
        if (body.id() != null) {
            throw ApiException.invalid("id", "The server chooses a new rule's id; leave it out"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Connection connection = change.connection();
        IpRange range = checkRange(body.ipRange());
        long domainId = checkDomain(connection, body.domainId());
        long id = rules.create(connection, range, domainId, checkPosition(body.position(), false));
        GroupingRule created = rules.find(connection, id).orElseThrow();
        change.audit("grouping-rule.create", "grouping rule " + id, null, created); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("grouping-rule.created", Long.toString(id), created); //$NON-NLS-1$
        return new ApiReply(201, created, Map.of());
    }

    private ApiReply update(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        long id = request.pathId("id"); //$NON-NLS-1$
        GroupingRule body = request.body(GroupingRule.class);
        if (body.id() != null && body.id().longValue() != id) {
            throw ApiException.invalid("id", "The body's id " + body.id() + " differs from the path's " + id); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Connection connection = change.connection();
        GroupingRule before = rules.find(connection, id)
                .orElseThrow(() -> ApiException.notFound("There is no grouping rule " + id)); //$NON-NLS-1$
        IpRange range = checkRange(body.ipRange());
        long domainId = checkDomain(connection, body.domainId());
        rules.update(connection, id, range, domainId, checkPosition(body.position(), true).intValue());
        GroupingRule after = rules.find(connection, id).orElseThrow();
        change.audit("grouping-rule.change", "grouping rule " + id, before, after); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("grouping-rule.changed", Long.toString(id), after); //$NON-NLS-1$
        return ApiReply.ok(after);
    }

    private ApiReply delete(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        long id = request.pathId("id"); //$NON-NLS-1$
        Connection connection = change.connection();
        GroupingRule before = rules.find(connection, id)
                .orElseThrow(() -> ApiException.notFound("There is no grouping rule " + id)); //$NON-NLS-1$
        rules.delete(connection, id);
        change.audit("grouping-rule.delete", "grouping rule " + id, before, null); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("grouping-rule.deleted", Long.toString(id), null); //$NON-NLS-1$
        return new ApiReply(204, null, Map.of());
    }

    private static IpRange checkRange(String text) throws ApiException {
        if (text == null) {
            throw ApiException.invalid("ipRange", "ipRange is required, e.g. 10.1.0.0/16 or 10.1.2.10-10.1.2.99"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return IpRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("ipRange", e.getMessage()); //$NON-NLS-1$
        }
    }

    private long checkDomain(Connection connection, Long domainId) throws Exception {
        if (domainId == null) {
            throw ApiException.invalid("domainId", "domainId is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (domains.find(connection, domainId.longValue()).isEmpty()) {
            throw ApiException.invalid("domainId", "There is no domain " + domainId); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return domainId.longValue();
    }

    private static Integer checkPosition(Integer position, boolean required) throws ApiException {
        if (position == null) {
            if (required) {
                throw ApiException.invalid("position", "position is required"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }
        if (position.intValue() < 1 || position.intValue() > 100_000) {
            throw ApiException.invalid("position", "position must be 1..100000"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return position;
    }
}
