package io.bulwark.server.internal.agents;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.JsonLines;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.http.StreamedBody;
import io.bulwark.server.internal.storage.Database;

/**
 * What administrators read about agents: {@code GET /api/v1/agents} (a page, with {@code count=true} also how many
 * match in all, or with {@code Accept: application/x-ndjson} every matching agent as a stream; {@code outdated=true}
 * keeps agents out of date, with their component versions) and {@code GET /api/v1/agents/{id}}. Any logged-in account
 * may read.
 */
public final class AgentReadEndpoints {

    /** The page size when the request names none. */
    static final int DEFAULT_LIMIT = 100;

    /** The largest page. */
    static final int MAX_LIMIT = 1_000;

    private static final int RECENT_COMMANDS = 20;

    private final Database database;
    private final AgentStore store;
    private final AgentPresence presence;
    private final DomainStore domains;
    private final WireJson json;
    private final AgentListing listing;
    private final CommandHistory history;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the agent table
     * @param presence
     *            agents' presence in memory
     * @param domains
     *            the domain table
     * @param json
     *            writes stream lines and reads stored JSON
     */
    public AgentReadEndpoints(Database database, AgentStore store, AgentPresence presence, DomainStore domains,
            WireJson json) {
        this.database = database;
        this.store = store;
        this.presence = presence;
        this.domains = domains;
        this.json = json;
        this.listing = new AgentListing(presence);
        this.history = new CommandHistory(json);
    }

    /**
     * @param routes
     *            receives the routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.AGENTS, Access.SESSION, this::list) //$NON-NLS-1$
                .add("GET", ApiPaths.AGENTS + "/{id}", Access.SESSION, this::detail); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        AgentFilter filter;
        try (Connection connection = database.connection()) {
            filter = AgentFilter.of(request, connection, domains);
        }
        if (wantsStream(request)) {
            if (request.query("cursor").isPresent() || request.query("limit").isPresent()) { //$NON-NLS-1$ //$NON-NLS-2$
                throw ApiException.invalid("cursor", "A stream holds every matching agent; leave out cursor and limit"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (request.query("count").isPresent()) { //$NON-NLS-1$
                throw ApiException.invalid("count", "A stream holds every matching agent; count its lines instead"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return ApiReply.ok(new AgentStream(filter));
        }
        boolean count = AgentFilter.flag(request, "count"); //$NON-NLS-1$
        int limit = request.queryInt("limit", DEFAULT_LIMIT, 1, MAX_LIMIT); //$NON-NLS-1$
        Optional<String> cursor = request.query("cursor"); //$NON-NLS-1$
        AgentCursor after = cursor.isPresent() ? AgentCursor.parse(cursor.get()) : null;
        List<AgentSummary> page;
        Long total = null;
        try (Connection connection = database.connection()) {
            page = listing.page(connection, filter, after, limit + 1);
            if (count) {
                total = Long.valueOf(listing.count(connection, filter));
            }
        }
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            next = AgentCursor.after(page.get(limit - 1)).encode();
        }
        return ApiReply.ok(new AgentPage(page, next, total));
    }

    private static boolean wantsStream(ApiRequest request) {
        return request.header("Accept").map(accept -> accept.toLowerCase(Locale.ROOT)) //$NON-NLS-1$
                .filter(accept -> accept.contains(WireJson.NDJSON_MEDIA_TYPE)).isPresent();
    }

    private ApiReply detail(ApiRequest request) throws Exception {
        UUID id = AgentInput.pathId(request.pathParameter("id")); //$NON-NLS-1$
        try (Connection connection = database.connection()) {
            AgentStore.Stored stored = store.detail(connection, id)
                    .orElseThrow(() -> ApiException.notFound("There is no agent " + id)); //$NON-NLS-1$
            Inventory inventory = stored.inventoryJson() == null
                    ? null
                    : json.read(stored.inventoryJson().getBytes(StandardCharsets.UTF_8), Inventory.class);
            boolean live = presence.knows(id);
            return ApiReply.ok(new AgentDetail(listing.live(stored.summary()), stored.registeredAt(),
                    stored.intervalMillis(), live ? presence.roaming(id) : stored.roaming(),
                    live ? presence.componentVersions(id) : componentVersions(stored.componentVersionsJson()),
                    inventory, stored.inventoryAt(), history.pending(connection, id),
                    history.recent(connection, id, RECENT_COMMANDS)));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> componentVersions(String text) {
        return json.read(text.getBytes(StandardCharsets.UTF_8), Map.class);
    }

    /** Every matching agent as NDJSON, read from the database a chunk at a time, never all at once. */
    private final class AgentStream implements StreamedBody {

        private final AgentFilter filter;

        AgentStream(AgentFilter filter) {
            this.filter = filter;
        }

        @Override
        public String mediaType() {
            return WireJson.NDJSON_MEDIA_TYPE;
        }

        @Override
        public void writeTo(OutputStream body) throws Exception {
            // The lines are encoded into a buffer of their own, written out a buffer at a time.
            try (JsonLines lines = json.lines(body);
                    Connection connection = database.connection()) {
                listing.forEach(connection, filter, lines::write);
            }
        }
    }
}
