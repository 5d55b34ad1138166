package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentBatch;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.admin.CommandsQueued;
import io.bulwark.protocol.admin.UpdateAgentRequest;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.ScanNow;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;

/**
 * What administrators change about agents, each an audited, idempotent mutation that changes all chosen agents or none:
 * move agents between domains of this server ({@code POST /api/v1/agents/move}), mark or unmark update agents
 * ({@code POST /api/v1/agents/update-agents}) and queue a "scan now" ({@code POST /api/v1/agents/scan-now}). The caller
 * needs the scope of every chosen agent's domain, and for a move also of the target.
 */
public final class AgentChangeEndpoints {

    private final AgentStore store;
    private final DomainStore domains;
    private final CommandQueue commands;
    private final Clock clock;
    private final CommandCodec codec;
    private final AgentListing listing;

    /**
     * @param store
     *            the agent table
     * @param domains
     *            the domain table, for targets and scopes
     * @param commands
     *            the command queue
     * @param presence
     *            the agents' live last-seen times and statuses, which the changed agents are answered and published
     *            with
     * @param json
     *            writes command payloads
     * @param clock
     *            stamps commands
     */
    public AgentChangeEndpoints(AgentStore store, DomainStore domains, CommandQueue commands, AgentPresence presence,
            WireJson json, Clock clock) {
        this.listing = new AgentListing(presence);
        this.store = store;
        this.domains = domains;
        this.commands = commands;
        this.clock = clock;
        this.codec = new CommandCodec(json);
    }

    /**
     * @param routes
     *            receives the routes
     */
    public void register(RouteTable routes) {
        routes.change("POST", ApiPaths.AGENTS_MOVE, this::move) //$NON-NLS-1$
                .change("POST", ApiPaths.AGENTS_UPDATE_AGENTS, this::markUpdateAgents) //$NON-NLS-1$
                .change("POST", ApiPaths.AGENTS_SCAN_NOW, this::scanNow); //$NON-NLS-1$
    }

    private ApiReply move(ApiRequest request, Change change) throws Exception {
        AgentMoveRequest body = request.body(AgentMoveRequest.class);
        List<UUID> ids = AgentInput.selection(body.agentIds());
        Connection connection = change.connection();
        Long target = body.domainId();
        if (target != null && domains.find(connection, target.longValue()).isEmpty()) {
            throw ApiException.invalid("domainId", "There is no domain " + target + " to move agents into"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Map<UUID, AgentSummary> before = existing(connection, ids);
        requireScopes(request.caller(), before.values());
        request.caller().requireDomain(target, domains);
        store.move(connection, ids, target);
        Map<UUID, AgentSummary> after = live(store.findAll(connection, ids));
        Map<String, List<UUID>> from = new LinkedHashMap<>();
        for (AgentSummary agent : before.values()) {
            from.computeIfAbsent(domainName(agent.domainId()), key -> new ArrayList<>()).add(agent.id());
        }
        change.audit("agent.move", ids.size() + " agents to " + domainName(target), from, //$NON-NLS-1$ //$NON-NLS-2$
                Map.of(domainName(target), ids));
        for (AgentSummary agent : after.values()) {
            change.publish("agent.moved", agent.id().toString(), agent); //$NON-NLS-1$
        }
        return ApiReply.ok(new AgentBatch(List.copyOf(after.values())));
    }

    /** The agents as stored, with their last-seen time and status from their live presence, as listings show them. */
    private Map<UUID, AgentSummary> live(Map<UUID, AgentSummary> stored) {
        Map<UUID, AgentSummary> live = new LinkedHashMap<>();
        stored.forEach((id, agent) -> live.put(id, listing.live(agent)));
        return live;
    }

    private ApiReply markUpdateAgents(ApiRequest request, Change change) throws Exception {
        UpdateAgentRequest body = request.body(UpdateAgentRequest.class);
        List<UUID> ids = AgentInput.selection(body.agentIds());
        if (body.updateAgent() == null) {
            throw ApiException.invalid("updateAgent", "updateAgent must be true (mark) or false (unmark)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean mark = body.updateAgent().booleanValue();
        Connection connection = change.connection();
        Map<UUID, AgentSummary> before = existing(connection, ids);
        requireScopes(request.caller(), before.values());
        store.markUpdateAgents(connection, ids, mark);
        Map<UUID, AgentSummary> after = live(store.findAll(connection, ids));
        change.audit(mark ? "agent.mark_update_agent" : "agent.unmark_update_agent", ids.size() + " agents", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Map.of("updateAgent", Boolean.valueOf(!mark), "agentIds", ids), //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("updateAgent", Boolean.valueOf(mark), "agentIds", ids)); //$NON-NLS-1$ //$NON-NLS-2$
        for (AgentSummary agent : after.values()) {
            change.publish("agent.changed", agent.id().toString(), agent); //$NON-NLS-1$
        }
        return ApiReply.ok(new AgentBatch(List.copyOf(after.values())));
    }

    private ApiReply scanNow(ApiRequest request, Change change) throws Exception {
        AgentSelection body = request.body(AgentSelection.class);
        List<UUID> ids = AgentInput.selection(body.agentIds());
        Connection connection = change.connection();
        Map<UUID, AgentSummary> agents = existing(connection, ids);
        requireScopes(request.caller(), agents.values());
        Instant now = clock.instant();
        String payload = codec.payload(new ScanNow(request.caller().user(), now));
        List<CommandSummary> queued = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            long commandId = commands.enqueue(connection, id, AgentCommand.SCAN_NOW, payload);
            queued.add(new CommandSummary(commandId, id, AgentCommand.SCAN_NOW, QueuedCommand.QUEUED, now, null,
                    null, null));
        }
        change.audit("agent.scan_now", ids.size() + " agents", null, Map.of("agentIds", ids)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (CommandSummary command : queued) {
            change.publish("command.queued", Long.toString(command.id()), command); //$NON-NLS-1$
        }
        return new ApiReply(202, new CommandsQueued(queued), Map.of());
    }

    private Map<UUID, AgentSummary> existing(Connection connection, List<UUID> ids) throws Exception {
        Map<UUID, AgentSummary> found = store.findAll(connection, ids);
        if (found.size() != ids.size()) {
            for (int i = 0; i < ids.size(); i++) {
                if (!found.containsKey(ids.get(i))) {
                    throw ApiException.invalid("agentIds[" + i + "]", "There is no agent " + ids.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return found;
    }

    private void requireScopes(Caller caller, Iterable<AgentSummary> agents) throws ApiException {
        Set<Long> checked = new LinkedHashSet<>();
        boolean rootChecked = false;
        for (AgentSummary agent : agents) {
            Long domainId = agent.domainId();
            if (domainId == null ? !rootChecked : checked.add(domainId)) {
                rootChecked |= domainId == null;
                caller.requireDomain(domainId, domains);
            }
        }
    }

    private static String domainName(Long domainId) {
        return domainId == null ? "root" : "domain " + domainId; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
