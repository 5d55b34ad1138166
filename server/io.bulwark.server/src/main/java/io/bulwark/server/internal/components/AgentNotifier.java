package io.bulwark.server.internal.components;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentFile;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.ComponentTarget;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.server.internal.commands.CommandQueue;

/**
 * Queues {@code update_components} notifications: for each agent, the components it is behind on (by the versions it
 * last reported; all of them if it reported none) with the full file and the increments it can use. An agent whose
 * identical notification is already queued is skipped; an older, different one is replaced, so the queue holds at most
 * one notification per agent.
 */
final class AgentNotifier {

    private final ComponentStore store;
    private final CommandQueue commands;
    private final NotificationQueue queue;
    private final WireJson json;

    AgentNotifier(ComponentStore store, CommandQueue commands, NotificationQueue queue, WireJson json) {
        this.store = store;
        this.commands = commands;
        this.queue = queue;
        this.json = json;
    }

    /**
     * @param connection
     *            the transaction
     * @param agents
     *            the agents to notify
     * @param force
     *            notify agents that reported every version up to date too (with every component)
     * @return what was queued
     * @throws SQLException
     *             if the tables cannot be read or written
     */
    NotifyAgentsResult notify(Connection connection, List<NotifiedAgent> agents, boolean force) throws SQLException {
        List<Component> components = store.list(connection);
        Map<String, List<StoredIncrement>> increments = new HashMap<>();
        for (StoredIncrement increment : store.allIncrements(connection)) {
            increments.computeIfAbsent(increment.component(), name -> new ArrayList<>()).add(increment);
        }
        Map<UUID, List<NotificationQueue.Queued>> queued = queue.byAgent(connection,
                agents.stream().map(NotifiedAgent::id).toList());
        int added = 0;
        int alreadyQueued = 0;
        int upToDate = 0;
        int superseded = 0;
        for (NotifiedAgent agent : agents) {
            Map<String, Long> reported = ReportedVersions.parse(agent.componentVersions());
            List<ComponentTarget> targets = new ArrayList<>();
            for (Component component : components) {
                Long version = reported.get(component.name());
                if (force || version == null || version.longValue() < component.version()) {
                    targets.add(target(component, increments.getOrDefault(component.name(), List.of()), version));
                }
            }
            if (targets.isEmpty()) {
                upToDate++;
                continue;
            }
            String payload = new String(json.write(new UpdateComponentsCommand(targets)), StandardCharsets.UTF_8);
            List<NotificationQueue.Queued> waiting = queued.getOrDefault(agent.id(), List.of());
            if (waiting.stream().anyMatch(q -> payload.equals(q.payload()))) {
                alreadyQueued++;
                continue;
            }
            superseded += commands.cancel(connection, waiting.stream().map(q -> Long.valueOf(q.id())).toList());
            commands.enqueue(connection, agent.id(), UpdateComponentsCommand.KIND, payload);
            added++;
        }
        return new NotifyAgentsResult(added, alreadyQueued, upToDate, superseded);
    }

    /**
     * Marks the agents as having commands again; call after the notification's transaction committed, since a heartbeat
     * that ran meanwhile could not see the queued commands and dropped its mark.
     *
     * @param agents
     *            the notified agents
     */
    void remind(List<NotifiedAgent> agents) {
        commands.remind(agents.stream().map(NotifiedAgent::id).toList());
    }

    /**
     * The increments an agent at {@code reported} can use: the kept chain from its version on; all kept ones if its
     * version is unknown; none if the chain does not reach back to its version.
     */
    private static ComponentTarget target(Component component, List<StoredIncrement> kept, Long reported) {
        List<ComponentIncrement> usable = new ArrayList<>();
        boolean reachesBack = reported == null || kept.stream().anyMatch(i -> i.from() == reported.longValue());
        if (reachesBack) {
            for (StoredIncrement increment : kept) {
                if (reported == null || increment.from() >= reported.longValue()) {
                    usable.add(new ComponentIncrement(increment.from(), increment.to(),
                            ApiPaths.agentIncrement(component.name(), increment.from()), increment.size(),
                            increment.sha256()));
                }
            }
        }
        ComponentFile full = new ComponentFile(ApiPaths.agentFullFile(component.name(), component.version()),
                component.size(), component.sha256());
        return new ComponentTarget(component.name(), component.kind(), component.version(), full, usable);
    }
}
