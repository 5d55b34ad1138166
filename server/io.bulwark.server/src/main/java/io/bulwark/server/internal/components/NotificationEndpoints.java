package io.bulwark.server.internal.components;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.CancelNotificationsResult;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Notifying agents and the notification queue: {@code POST /api/v1/components/notify} queues {@code update_components}
 * commands, {@code GET /api/v1/notifications} pages through the queued ones and
 * {@code POST /api/v1/notifications/cancel} cancels them. Root may act on every agent; an administrator only on agents
 * in its domains (a request naming any other agent is refused whole); operators only read.
 */
public final class NotificationEndpoints {

    /** The most agents or notifications one request may name. */
    public static final int MAX_IDS = 10_000;

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1_000;
    private static final String AGENT_COLUMNS = "SELECT id, domain_id, component_versions FROM agent"; //$NON-NLS-1$

    private final Function<UUID, Map<String, String>> liveVersions;
    private final WireJson json;

    private final Database database;
    private final DomainStore domains;
    private final CommandQueue commands;
    private final NotificationQueue queue;
    private final AgentNotifier notifier;

    /**
     * @param database
     *            the server's database
     * @param domains
     *            the domain tree, for scopes
     * @param store
     *            the component tables
     * @param commands
     *            the agent command queue
     * @param liveVersions
     *            the versions agents reported in their latest heartbeats, empty for an agent not heard from; newer than
     *            the table, which is written behind
     * @param json
     *            writes and reads command payloads
     */
    public NotificationEndpoints(Database database, DomainStore domains, ComponentStore store, CommandQueue commands,
            WireJson json, Function<UUID, Map<String, String>> liveVersions) {
        this.liveVersions = liveVersions;
        this.json = json;
        this.database = database;
        this.domains = domains;
        this.commands = commands;
        this.queue = new NotificationQueue(json);
        this.notifier = new AgentNotifier(store, commands, queue, json);
    }

    /**
     * @param routes
     *            receives the notification routes
     */
    public void register(RouteTable routes) {
        routes.change("POST", ApiPaths.COMPONENTS_NOTIFY, this::notifyAgents) //$NON-NLS-1$
                .add("GET", ApiPaths.NOTIFICATIONS, Access.SESSION, this::list) //$NON-NLS-1$
                .change("POST", ApiPaths.NOTIFICATIONS_CANCEL, this::cancel); //$NON-NLS-1$
    }

    private ApiReply notifyAgents(ApiRequest request, Change change) throws Exception {
        Caller caller = request.caller();
        caller.requireWriter();
        NotifyAgentsRequest body = request.body(NotifyAgentsRequest.class);
        Connection connection = change.connection();
        int selectors = count(body.agentIds(), body.domainId(), body.all());
        if (selectors != 1) {
            throw ApiException.invalid("agentIds", "Give exactly one of agentIds, domainId and all (true)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<NotifiedAgent> agents;
        if (body.agentIds() != null) {
            agents = agents(connection, ids("agentIds", body.agentIds())); //$NON-NLS-1$
            requireScope(caller, agents.stream().map(NotifiedAgent::domainId).toList());
        } else if (body.domainId() != null) {
            long domainId = body.domainId().longValue();
            if (domains.find(connection, domainId).isEmpty()) {
                throw ApiException.invalid("domainId", "There is no domain " + domainId); //$NON-NLS-1$ //$NON-NLS-2$
            }
            caller.requireDomain(body.domainId(), domains);
            agents = agentsIn(connection, subtree(connection, domainId));
        } else {
            caller.requireDomain(null, domains);
            agents = Jdbc.query(connection, AGENT_COLUMNS + " ORDER BY id", this::agent); //$NON-NLS-1$
        }
        if (Jdbc.count(connection, "SELECT COUNT(*) FROM component") == 0) { //$NON-NLS-1$
            throw ApiException.conflict("The server holds no components yet; update the server first"); //$NON-NLS-1$
        }
        NotifyAgentsResult result = notifier.notify(connection, agents, Boolean.TRUE.equals(body.force()));
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("request", body); //$NON-NLS-1$
        audited.put("result", result); //$NON-NLS-1$
        change.audit("components.notify", agents.size() + " agents", null, audited); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("notifications.queued", "update_components", result); //$NON-NLS-1$ //$NON-NLS-2$
        change.afterCommit(() -> notifier.remind(agents));
        return ApiReply.ok(result);
    }

    private ApiReply list(ApiRequest request) throws Exception {
        int limit = request.queryInt("limit", DEFAULT_PAGE, 1, MAX_PAGE); //$NON-NLS-1$
        long after = cursor(request);
        try (Connection connection = database.connection()) {
            List<Notification> found = queue.page(connection, after, limit + 1);
            boolean more = found.size() > limit;
            List<Notification> items = more ? found.subList(0, limit) : found;
            return ApiReply.ok(new NotificationPage(items, more ? Long.toString(items.getLast().id()) : null));
        }
    }

    private static long cursor(ApiRequest request) throws ApiException {
        String text = request.query("cursor").orElse("0"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            long after = Long.parseLong(text);
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("cursor", "The cursor must be one a previous page returned, was \"" + text + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private ApiReply cancel(ApiRequest request, Change change) throws Exception {
        Caller caller = request.caller();
        caller.requireWriter();
        CancelNotificationsRequest body = request.body(CancelNotificationsRequest.class);
        if (count(body.ids(), body.agentIds(), body.all()) != 1) {
            throw ApiException.invalid("ids", "Give exactly one of ids, agentIds and all (true)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Connection connection = change.connection();
        List<NotificationQueue.Queued> chosen;
        if (body.ids() != null) {
            chosen = queue.byIds(connection, ids("ids", body.ids())); //$NON-NLS-1$
        } else if (body.agentIds() != null) {
            chosen = queue.byAgents(connection, ids("agentIds", body.agentIds())); //$NON-NLS-1$
        } else {
            caller.requireDomain(null, domains);
            chosen = queue.all(connection);
        }
        requireScope(caller, chosen.stream().map(NotificationQueue.Queued::domainId).toList());
        int cancelled = commands.cancel(connection, chosen.stream().map(q -> Long.valueOf(q.id())).toList());
        CancelNotificationsResult result = new CancelNotificationsResult(cancelled);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("request", body); //$NON-NLS-1$
        audited.put("result", result); //$NON-NLS-1$
        change.audit("notifications.cancel", cancelled + " notifications", null, audited); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("notifications.cancelled", "update_components", result); //$NON-NLS-1$ //$NON-NLS-2$
        return ApiReply.ok(result);
    }

    private static int count(Object first, Object second, Boolean all) throws ApiException {
        if (Boolean.FALSE.equals(all)) {
            throw ApiException.invalid("all", "all is either true or left out"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (first == null ? 0 : 1) + (second == null ? 0 : 1) + (all == null ? 0 : 1);
    }

    private static <T> Set<T> ids(String field, List<T> ids) throws ApiException {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw ApiException.invalid(field, field + " must list 1 to " + MAX_IDS + " ids"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw ApiException.invalid(field, field + " must not contain null"); //$NON-NLS-1$
        }
        return new HashSet<>(ids);
    }

    private List<NotifiedAgent> agents(Connection connection, Set<UUID> ids) throws Exception {
        List<NotifiedAgent> found = new ArrayList<>();
        for (UUID id : ids) {
            Jdbc.one(connection, AGENT_COLUMNS + " WHERE id = ?", this::agent, id) //$NON-NLS-1$
                    .ifPresent(found::add);
        }
        if (found.size() != ids.size()) {
            Set<UUID> missing = new HashSet<>(ids);
            found.forEach(agent -> missing.remove(agent.id()));
            throw ApiException.invalid("agentIds", "This server has no agents " + missing.stream().limit(10).toList() //$NON-NLS-1$ //$NON-NLS-2$
                    + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return found;
    }

    private List<NotifiedAgent> agentsIn(Connection connection, Collection<Long> domainIds)
            throws SQLException {
        List<NotifiedAgent> found = new ArrayList<>();
        for (Long domainId : domainIds) {
            found.addAll(Jdbc.query(connection, AGENT_COLUMNS + " WHERE domain_id = ? ORDER BY id", //$NON-NLS-1$
                    this::agent, domainId));
        }
        return found;
    }

    private Set<Long> subtree(Connection connection, long domainId) throws SQLException {
        Set<Long> subtree = new HashSet<>(Set.of(Long.valueOf(domainId)));
        // list() orders parents before children, so one pass collects the whole subtree.
        for (Domain domain : domains.list(connection)) {
            if (domain.parentId() != null && subtree.contains(domain.parentId())) {
                subtree.add(Long.valueOf(domain.id()));
            }
        }
        return subtree;
    }

    private void requireScope(Caller caller, Collection<Long> domainIds) throws ApiException {
        for (Long domainId : new HashSet<>(domainIds)) {
            caller.requireDomain(domainId, domains);
        }
    }

    private NotifiedAgent agent(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class); //$NON-NLS-1$
        Map<String, String> live = liveVersions.apply(id);
        String versions = live.isEmpty()
                ? row.getString("component_versions") //$NON-NLS-1$
                : new String(json.write(live), StandardCharsets.UTF_8);
        return new NotifiedAgent(id, Jdbc.nullableLong(row, "domain_id"), versions); //$NON-NLS-1$
    }
}
