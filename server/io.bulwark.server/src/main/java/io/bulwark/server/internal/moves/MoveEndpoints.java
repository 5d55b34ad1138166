package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveList;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code /api/v1/moves} on the source server: start a move ({@code POST}, audited, idempotent by its {@code moveId}),
 * list moves, read one's progress, cancel one. Online agents start moving at once (status {@code moving}, a
 * {@code relocate} command queued); offline and roaming agents wait or are skipped, as the request says.
 */
final class MoveEndpoints {

    private static final String ONE = ApiPaths.MOVES + "/{id}"; //$NON-NLS-1$
    private static final String CANCEL = ONE + "/cancel"; //$NON-NLS-1$
    private static final int MAX_LISTED = 1000;

    private final MoveContext context;
    private final MoveStore store;
    private final Relocations relocations;
    private final PendingNotifications notifications;
    private final Runnable moveStarted;
    /** The agents of the moves being started, each with its move, until the move's transaction ends. */
    private final Map<UUID, UUID> starting = new ConcurrentHashMap<>();

    /**
     * @param moveStarted
     *            runs after a new move committed: its agents may have shorter intervals than any the reconciler knew
     */
    MoveEndpoints(MoveContext context, MoveStore store, Relocations relocations, Runnable moveStarted) {
        this.context = context;
        this.store = store;
        this.relocations = relocations;
        this.moveStarted = moveStarted;
        this.notifications = new PendingNotifications();
    }

    void register(RouteTable routes) {
        routes.change("POST", ApiPaths.MOVES, this::start) //$NON-NLS-1$
                .add("GET", ApiPaths.MOVES, Access.SESSION, this::list) //$NON-NLS-1$
                .add("GET", ONE, Access.SESSION, this::read) //$NON-NLS-1$
                .change("POST", CANCEL, this::cancel); //$NON-NLS-1$
    }

    private ApiReply start(ApiRequest request, Change change) throws Exception {
        Caller caller = request.caller();
        caller.requireWriter();
        MoveRequest body = request.body(MoveRequest.class);
        if (body.moveId() == null) {
            throw ApiException.invalid("moveId", "moveId is missing; choose one when planning the move"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Connection connection = change.connection();
        String requestHash = MoveInput.requestHash(context.json(), body);
        Optional<MoveStore.Job> earlier = store.find(connection, body.moveId());
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw ApiException.conflict("Move " + body.moveId() //$NON-NLS-1$
                        + " was already started with a different request; a new move needs a new moveId"); //$NON-NLS-1$
            }
            return ApiReply.ok(progress(connection, earlier.get(), true));
        }
        // As precise as the database keeps it: the answer is made from what is stored, not read back.
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MICROS);
        MoveRequestCheck.check(body, context.serverId(), now);
        Map<UUID, AgentSummary> agents = existing(connection, body.agentIds());
        requireScopes(caller, agents.values());
        claim(body, change);
        List<MoveStore.Item> busy = store.unfinishedOf(connection, body.agentIds());
        if (!busy.isEmpty()) {
            throw ApiException.conflict("Agent " + busy.get(0).agentId() + " is already in unfinished move " //$NON-NLS-1$ //$NON-NLS-2$
                    + busy.get(0).moveId() + "; wait for it or cancel it first"); //$NON-NLS-1$
        }
        cancelNotifications(body, change);
        MoveStore.Job job = new MoveStore.Job(body.moveId(), requestHash, body.target(), body.ticket(),
                body.sourceToken(),
                body.deadline(), body.offlineAgents(), false, now, caller.user());
        AfterCommit after = new AfterCommit();
        List<MoveStore.Item> items = firstItems(connection, job, body.agentIds(), now, after);
        store.insert(connection, job, items);
        MoveProgress progress = progress(job, items, true);
        change.audit("move.start", "move " + job.id(), null, summary(job, progress)); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("move.created", job.id().toString(), progress(job, items, false)); //$NON-NLS-1$
        change.afterCommit(after::run);
        change.afterCommit(moveStarted);
        return new ApiReply(201, progress, Map.of());
    }

    /**
     * Claims the request's agents for its move until its transaction ends. Two moves started at once would otherwise
     * both find no unfinished move of an agent, since neither has committed yet, and both take it. Once a move
     * committed, the items it stored keep every later move from its agents. The agents are claimed in one order, so of
     * two moves claiming at once the first to take their smallest common agent takes them all.
     *
     * @throws ApiException
     *             409 if another move being started holds one of them; it holds none then
     */
    private void claim(MoveRequest body, Change change) throws ApiException {
        List<UUID> claimed = new ArrayList<>(body.agentIds().size());
        change.whenEnded(() -> claimed.forEach(agentId -> starting.remove(agentId, body.moveId())));
        for (UUID agentId : body.agentIds().stream().sorted().toList()) {
            UUID holder = starting.putIfAbsent(agentId, body.moveId());
            if (holder != null && !holder.equals(body.moveId())) {
                throw ApiException.conflict("Agent " + agentId + " is in move " + holder //$NON-NLS-1$ //$NON-NLS-2$
                        + ", which is being started now; wait for it or cancel it first"); //$NON-NLS-1$
            }
            if (holder == null) {
                claimed.add(agentId);
            }
        }
    }

    /**
     * @return each agent's first item, in the order given: online agents start moving (their relocate commands queued
     *         together), offline and roaming ones wait or are skipped
     */
    private List<MoveStore.Item> firstItems(Connection connection, MoveStore.Job job, List<UUID> agentIds,
            Instant now, AfterCommit after) throws Exception {
        Map<UUID, String> away = new HashMap<>();
        List<UUID> online = new ArrayList<>(agentIds.size());
        for (UUID agentId : agentIds) {
            String status = context.agents().status(agentId);
            if (AgentStatus.OFFLINE.equals(status) || AgentStatus.ROAMING.equals(status)) {
                away.put(agentId, status);
            } else {
                online.add(agentId);
            }
        }
        List<Long> commandIds = online.isEmpty()
                ? List.of()
                : relocations.queueRelocates(connection, job, online, after);
        Map<UUID, Long> commands = new HashMap<>();
        for (int i = 0; i < online.size(); i++) {
            commands.put(online.get(i), commandIds.get(i));
        }
        List<MoveStore.Item> items = new ArrayList<>(agentIds.size());
        for (UUID agentId : agentIds) {
            String status = away.get(agentId);
            if (status == null) {
                items.add(new MoveStore.Item(job.id(), agentId, MoveItemProgress.MOVING, null, now,
                        commands.get(agentId)));
            } else if (MoveRequest.WAIT.equals(job.offlineAgents())) {
                after.add(() -> relocations.waiting(agentId, job.id()));
                items.add(new MoveStore.Item(job.id(), agentId, MoveItemProgress.WAITING, null, now, null));
            } else {
                items.add(new MoveStore.Item(job.id(), agentId, MoveItemProgress.SKIPPED,
                        "The agent was " + status + " when the move began, and the move skips such agents", now, //$NON-NLS-1$ //$NON-NLS-2$
                        null));
            }
        }
        return items;
    }

    private void cancelNotifications(MoveRequest body, Change change) throws Exception {
        Map<UUID, List<Long>> pending = notifications.of(change.connection(), body.agentIds());
        if (pending.isEmpty()) {
            return;
        }
        if (!body.cancelNotifications()) {
            List<UUID> agents = List.copyOf(pending.keySet());
            throw new ApiException(409, new ApiError(ErrorCodes.NOTIFICATIONS_PENDING, "The notification queue holds " //$NON-NLS-1$
                    + "items for " + agents.size() + " of these agents; cancel them, or ask the move to" //$NON-NLS-1$ //$NON-NLS-2$
                    + " (cancelNotifications)", Map.of("agentIds", agents)), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Long> ids = pending.values().stream().flatMap(List::stream).toList();
        int cancelled = context.commands().cancel(change.connection(), ids);
        change.audit("notifications.cancel", cancelled + " notifications", null, //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("reason", "move " + body.moveId(), "agentIds", List.copyOf(pending.keySet()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        change.publish("notifications.cancelled", "update_components", Map.of("cancelled", cancelled)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        int limit = request.queryInt("limit", 100, 1, MAX_LISTED); //$NON-NLS-1$
        try (Connection connection = context.database().connection()) {
            List<MoveProgress> moves = new ArrayList<>();
            for (MoveStore.Job job : store.list(connection, limit)) {
                moves.add(progress(connection, job, false));
            }
            return ApiReply.ok(new MoveList(moves));
        }
    }

    private ApiReply read(ApiRequest request) throws Exception {
        UUID id = moveId(request);
        try (Connection connection = context.database().connection()) {
            MoveStore.Job job = store.find(connection, id).orElseThrow(() -> missing(id));
            return ApiReply.ok(progress(connection, job, true));
        }
    }

    private ApiReply cancel(ApiRequest request, Change change) throws Exception {
        request.caller().requireWriter();
        UUID id = moveId(request);
        Connection connection = change.connection();
        MoveStore.Job job = store.find(connection, id).orElseThrow(() -> missing(id));
        requireScopes(request.caller(), existingOnly(connection, store.items(connection, id)));
        Instant now = context.clock().instant();
        AfterCommit after = new AfterCommit();
        int cancelled = 0;
        for (MoveStore.Item item : store.items(connection, id)) {
            if (relocations.cancel(connection, item, now, after)) {
                cancelled++;
            }
        }
        store.cancelJob(connection, id);
        MoveProgress progress = progress(connection, store.find(connection, id).orElseThrow(), true);
        change.audit("move.cancel", "move " + id, Map.of("cancelled", Boolean.valueOf(job.cancelled())), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of("cancelledAgents", Integer.valueOf(cancelled), "counts", progress.counts())); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("move.changed", id.toString(), null); //$NON-NLS-1$
        change.afterCommit(after::run);
        return ApiReply.ok(progress);
    }

    MoveProgress progress(Connection connection, MoveStore.Job job, boolean withItems) throws Exception {
        return progress(job, store.items(connection, job.id()), withItems);
    }

    private static MoveProgress progress(MoveStore.Job job, List<MoveStore.Item> stored, boolean withItems) {
        List<MoveItemProgress> items = stored.stream().map(MoveStore.Item::progress).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        MoveItemProgress.STATES.forEach(state -> counts.put(state, Integer.valueOf(0)));
        items.forEach(item -> counts.merge(item.state(), Integer.valueOf(1), Integer::sum));
        return new MoveProgress(job.id(), job.target(), job.createdAt(), job.deadline(), job.offlineAgents(),
                job.cancelled(), counts, withItems ? items : List.of());
    }

    private static Map<String, Object> summary(MoveStore.Job job, MoveProgress progress) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("target", job.target()); //$NON-NLS-1$
        summary.put("deadline", job.deadline()); //$NON-NLS-1$
        summary.put("offlineAgents", job.offlineAgents()); //$NON-NLS-1$
        summary.put("counts", progress.counts()); //$NON-NLS-1$
        summary.put("agentIds", MoveInput.audited(progress.items().stream().map(MoveItemProgress::agentId).toList())); //$NON-NLS-1$
        return summary;
    }

    private Map<UUID, AgentSummary> existing(Connection connection, List<UUID> ids) throws Exception {
        Map<UUID, AgentSummary> found = context.agents().findAll(connection, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                throw ApiException.invalid("agentIds[" + i + "]", //$NON-NLS-1$//$NON-NLS-2$
                        "There is no agent " + ids.get(i) + " on this server"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return found;
    }

    private List<AgentSummary> existingOnly(Connection connection, List<MoveStore.Item> items) throws Exception {
        return List.copyOf(
                context.agents().findAll(connection, items.stream().map(MoveStore.Item::agentId).toList()).values());
    }

    private void requireScopes(Caller caller, Iterable<AgentSummary> agents) throws ApiException {
        Set<Long> checked = new LinkedHashSet<>();
        boolean rootChecked = false;
        for (AgentSummary agent : agents) {
            Long domainId = agent.domainId();
            if (domainId == null ? !rootChecked : checked.add(domainId)) {
                rootChecked |= domainId == null;
                caller.requireDomain(domainId, context.domains());
            }
        }
    }

    private static UUID moveId(ApiRequest request) throws ApiException {
        String text = request.pathParameter("id"); //$NON-NLS-1$
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no move " + text); //$NON-NLS-1$
        }
    }

    private static ApiException missing(UUID id) {
        return ApiException.notFound("There is no move " + id); //$NON-NLS-1$
    }
}
