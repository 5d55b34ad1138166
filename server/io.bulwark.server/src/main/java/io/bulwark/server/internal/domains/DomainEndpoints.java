package io.bulwark.server.internal.domains;

import java.sql.Connection;
import java.time.Clock;
import java.util.Map;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The domain tree: {@code GET/POST /api/v1/domains}, {@code GET/PATCH/DELETE /api/v1/domains/{id}}. Creating, renaming,
 * moving and deleting need the parent's (and for a move, the new parent's) scope; a domain is deleted only when nothing
 * is in it or refers to it.
 */
public final class DomainEndpoints {

    private static final String ONE = ApiPaths.DOMAINS + "/{id}"; //$NON-NLS-1$
    private static final int MAX_NAME = 64;

    private final Database database;
    private final DomainStore domains;
    private final Clock clock;

    /**
     * @param database
     *            the server's database
     * @param domains
     *            the domain table
     * @param clock
     *            stamps new domains
     */
    public DomainEndpoints(Database database, DomainStore domains, Clock clock) {
        this.database = database;
        this.domains = domains;
        this.clock = clock;
    }

    /**
     * @param routes
     *            receives the domain routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.DOMAINS, Access.SESSION, this::list) //$NON-NLS-1$
                .change("POST", ApiPaths.DOMAINS, this::create) //$NON-NLS-1$
                .add("GET", ONE, Access.SESSION, this::get) //$NON-NLS-1$
                .change("PATCH", ONE, this::change) //$NON-NLS-1$
                .change("DELETE", ONE, this::delete); //$NON-NLS-1$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        try (Connection connection = database.connection()) {
            return ApiReply.ok(domains.list(connection));
        }
    }

    private ApiReply get(ApiRequest request) throws Exception {
        long id = request.pathId("id"); //$NON-NLS-1$
        try (Connection connection = database.connection()) {
            return ApiReply.ok(domains.require(connection, id));
        }
    }

    private ApiReply create(ApiRequest request, Change change) throws Exception {
        DomainRequest body = request.body(DomainRequest.class);
        if (body.toRoot() != null) {
            throw ApiException.invalid("toRoot", "toRoot is only for moving a domain; leave out parentId instead"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String name = checkName(body.name());
        Connection connection = change.connection();
        if (body.parentId() != null) {
            domains.require(connection, body.parentId().longValue());
        }
        request.caller().requireDomain(body.parentId(), domains);
        requireFreeName(connection, body.parentId(), name, -1);
        long id = domains.create(connection, body.parentId(), name, clock.instant());
        Domain created = domains.require(connection, id);
        change.audit("domain.create", target(created), null, created); //$NON-NLS-1$
        change.publish("domain.created", Long.toString(id), created); //$NON-NLS-1$
        return new ApiReply(201, created, Map.of("Location", ONE.replace("{id}", Long.toString(id)))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ApiReply change(ApiRequest request, Change change) throws Exception {
        long id = request.pathId("id"); //$NON-NLS-1$
        DomainRequest body = request.body(DomainRequest.class);
        Connection connection = change.connection();
        Domain before = domains.require(connection, id);
        request.caller().requireDomain(Long.valueOf(id), domains);
        String name = body.name() == null ? before.name() : checkName(body.name());
        Long parentId = newParent(connection, id, body, before);
        if (!parentId.equals(before.parentId() == null ? Long.valueOf(DomainStore.ROOT) : before.parentId())) {
            request.caller().requireDomain(parentId.longValue() == DomainStore.ROOT ? null : parentId, domains);
        }
        Long parent = parentId.longValue() == DomainStore.ROOT ? null : parentId;
        requireFreeName(connection, parent, name, id);
        domains.update(connection, id, parent, name);
        Domain after = domains.require(connection, id);
        change.audit("domain.change", target(after), before, after); //$NON-NLS-1$
        change.publish("domain.changed", Long.toString(id), after); //$NON-NLS-1$
        return ApiReply.ok(after);
    }

    private Long newParent(Connection connection, long id, DomainRequest body, Domain before) throws Exception {
        if (Boolean.TRUE.equals(body.toRoot())) {
            if (body.parentId() != null) {
                throw ApiException.invalid("parentId", "Give either parentId or toRoot, not both"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return Long.valueOf(DomainStore.ROOT);
        }
        if (body.parentId() == null) {
            return before.parentId() == null ? Long.valueOf(DomainStore.ROOT) : before.parentId();
        }
        long parent = body.parentId().longValue();
        domains.find(connection, parent).orElseThrow(
                () -> ApiException.invalid("parentId", "There is no domain " + parent + " to move into")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (domains.selfAndAncestors(connection, parent).contains(Long.valueOf(id))) {
            throw ApiException.invalid("parentId", //$NON-NLS-1$
                    "Domain " + id + " cannot move into itself or one of its own subdomains"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return body.parentId();
    }

    private ApiReply delete(ApiRequest request, Change change) throws Exception {
        long id = request.pathId("id"); //$NON-NLS-1$
        Connection connection = change.connection();
        Domain before = domains.require(connection, id);
        request.caller().requireDomain(Long.valueOf(id), domains);
        if (domains.childCount(connection, id) > 0 || before.agentCount() > 0) {
            throw ApiException.conflict("Domain \"" + before.name() + "\" is not empty (" //$NON-NLS-1$ //$NON-NLS-2$
                    + domains.childCount(connection, id) + " domains, " + before.agentCount() //$NON-NLS-1$
                    + " agents); move or delete its contents first"); //$NON-NLS-1$
        }
        long rules = Jdbc.count(connection, "SELECT COUNT(*) FROM grouping_rule WHERE domain_id = ?", Long.valueOf(id)); //$NON-NLS-1$
        if (rules > 0) {
            throw ApiException.conflict("Domain \"" + before.name() + "\" is the target of " + rules //$NON-NLS-1$ //$NON-NLS-2$
                    + " grouping rules; delete or change them first"); //$NON-NLS-1$
        }
        long scopes = Jdbc.count(connection, "SELECT COUNT(*) FROM account_domain WHERE domain_id = ?", //$NON-NLS-1$
                Long.valueOf(id));
        if (scopes > 0) {
            throw ApiException.conflict("Domain \"" + before.name() + "\" is in the scope of " + scopes //$NON-NLS-1$ //$NON-NLS-2$
                    + " administrator accounts; change those accounts first"); //$NON-NLS-1$
        }
        domains.delete(connection, id);
        change.audit("domain.delete", target(before), before, null); //$NON-NLS-1$
        change.publish("domain.deleted", Long.toString(id), null); //$NON-NLS-1$
        return new ApiReply(204, null, Map.of());
    }

    private void requireFreeName(Connection connection, Long parentId, String name, long self) throws Exception {
        var existing = domains.siblingNamed(connection, parentId, name);
        if (existing.isPresent() && existing.get().longValue() != self) {
            throw ApiException.conflict("A sibling domain is already named \"" + name + "\" (names ignore case)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static String checkName(String name) throws ApiException {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("name", "A domain needs a name"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid("name", "A domain name has at most " + MAX_NAME + " characters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (!name.strip().equals(name)) {
            throw ApiException.invalid("name", "A domain name cannot start or end with spaces"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (name.indexOf('/') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid("name", "A domain name cannot contain '/' or control characters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name;
    }

    private static String target(Domain domain) {
        return "domain " + domain.id() + " \"" + domain.name() + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
