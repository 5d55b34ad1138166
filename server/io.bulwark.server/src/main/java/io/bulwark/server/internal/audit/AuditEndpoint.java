package io.bulwark.server.internal.audit;

import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.protocol.admin.AuditPage;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Endpoint;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * {@code GET /api/v1/audit?limit=N&cursor=C&user=U&action=A&target=T&since=ISO&until=ISO}: the audit log, newest first,
 * a page at a time. Every logged-in account may read it: root and operators see everything anyway, and an
 * administrator's changes are reviewed by the others.
 */
public final class AuditEndpoint implements Endpoint {

    /** Entries per page unless {@code limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 100;

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    private final Database database;
    private final AuditLog log;

    /**
     * @param database
     *            the server's database
     * @param log
     *            reads the entries
     */
    public AuditEndpoint(Database database, AuditLog log) {
        this.database = database;
        this.log = log;
    }

    /**
     * @param routes
     *            receives the audit route
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.AUDIT, Access.SESSION, this); //$NON-NLS-1$
    }

    @Override
    public ApiReply handle(ApiRequest request) throws Exception {
        int limit = request.queryInt("limit", DEFAULT_LIMIT, 1, MAX_LIMIT); //$NON-NLS-1$
        AuditLog.Filter filter = new AuditLog.Filter(text(request, "user"), text(request, "action"), //$NON-NLS-1$ //$NON-NLS-2$
                text(request, "target"), instant(request, "since"), instant(request, "until"), cursor(request)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<AuditEntry> entries;
        try (Connection connection = database.connection()) {
            entries = log.read(connection, filter, limit + 1);
        }
        String next = null;
        if (entries.size() > limit) {
            entries = entries.subList(0, limit);
            next = Long.toString(entries.get(limit - 1).id());
        }
        return ApiReply.ok(new AuditPage(entries, next));
    }

    private static String text(ApiRequest request, String name) throws ApiException {
        Optional<String> value = request.query(name);
        if (value.isPresent() && value.get().isEmpty()) {
            throw ApiException.invalid(name, "The query parameter " + name + " is empty; leave it out to match all"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.orElse(null);
    }

    private static Instant instant(ApiRequest request, String name) throws ApiException {
        String value = text(request, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "The query parameter " + name //$NON-NLS-1$
                    + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was \"" + value + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Long cursor(ApiRequest request) throws ApiException {
        String value = text(request, "cursor"); //$NON-NLS-1$
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return Long.valueOf(id);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("cursor", "The cursor \"" + value //$NON-NLS-1$ //$NON-NLS-2$
                + "\" is not one this server gave out; pass the next member of the previous page"); //$NON-NLS-1$
    }
}
