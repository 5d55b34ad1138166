package io.bulwark.client.internal.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentCommand;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.AgentTree;
import io.bulwark.model.CommandState;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentStatusChange;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;

/**
 * Maps a server's agents onto its agent tree and back.
 * <p>
 * Applying updates the tree in place: an agent the tree already holds (found by id through the {@link AgentTreeIndex},
 * never by scanning) keeps its identity and only changes what changed; it moves to another domain when the server
 * placed it there. New agents are added to their domains in one step per domain, so a page or a stream of 100,000
 * agents costs one notification per domain, not per agent. A batch naming an unknown status or domain is refused before
 * anything changes.
 */
public final class AgentMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private AgentMapping() {
    }

    /**
     * Applies agents as the server lists them (a page, a stream or the agents of a change event).
     *
     * @param tree
     *            the server's agent tree, its domains already applied
     * @param summaries
     *            the agents
     * @return how many of them were new to the tree
     * @throws WireFormatException
     *             if an agent has a status this console does not know or sits in a domain the tree does not hold; the
     *             model is then unchanged
     */
    public static int applyAgents(AgentTree tree, Collection<AgentSummary> summaries) {
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        for (AgentSummary summary : summaries) {
            status(summary);
            container(tree, index, summary);
        }
        Map<String, Agent> created = new HashMap<>();
        Map<EObject, List<Agent>> arrivals = new LinkedHashMap<>();
        for (AgentSummary summary : summaries) {
            String id = summary.id().toString();
            Agent agent = index.agent(id);
            if (agent == null) {
                agent = created.get(id);
            }
            if (agent == null) {
                agent = FACTORY.createAgent();
                agent.setId(id);
                created.put(id, agent);
            }
            fill(agent, summary);
            EObject container = container(tree, index, summary);
            if (agent.eContainer() != container) {
                arrivals.computeIfAbsent(container, key -> new ArrayList<>()).add(agent);
            }
        }
        arrivals.forEach((container, agents) -> {
            // Only agents from elsewhere arrive here, and each once, so the list's duplicate check can be skipped.
            ((InternalEList<Agent>) agentsOf(container)).addAllUnique(agents);
        });
        return created.size();
    }

    /**
     * Applies an agent's details: its listing, facts, component versions, inventory and commands.
     *
     * @param tree
     *            the server's agent tree
     * @param detail
     *            the agent's details
     * @return the agent in the tree
     * @throws WireFormatException
     *             as {@link #applyAgents(AgentTree, Collection)}
     */
    public static Agent applyDetail(AgentTree tree, AgentDetail detail) {
        applyAgents(tree, List.of(detail.agent()));
        Agent agent = AgentTreeIndex.of(tree).agent(detail.agent().id().toString());
        Fields.update(agent, ModelPackage.Literals.AGENT__REGISTERED_AT, detail.registeredAt());
        Fields.update(agent, ModelPackage.Literals.AGENT__HEARTBEAT_INTERVAL_MILLIS,
                Integer.valueOf(detail.heartbeatIntervalMillis()));
        Fields.update(agent, ModelPackage.Literals.AGENT__PENDING_COMMANDS, Long.valueOf(detail.pendingCommands()));
        componentVersions(agent, detail.componentVersions());
        InventoryMapping.apply(agent, detail.inventory(), detail.inventoryReportedAt());
        commands(agent, detail.recentCommands());
        return agent;
    }

    /**
     * Applies the component versions agents of a listing carry (a listing of agents out of date carries them) to the
     * agents the tree holds; agents it does not hold are passed over.
     *
     * @param tree
     *            the server's agent tree
     * @param summaries
     *            the agents
     * @return how many agents of the tree were updated
     */
    public static int applyComponentVersions(AgentTree tree, Collection<AgentSummary> summaries) {
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        int applied = 0;
        for (AgentSummary summary : summaries) {
            Agent agent = index.agent(summary.id().toString());
            if (agent != null && summary.componentVersions() != null) {
                componentVersions(agent, summary.componentVersions());
                applied++;
            }
        }
        return applied;
    }

    /**
     * Applies an agent's status change (an {@code agent.status} event).
     *
     * @param tree
     *            the server's agent tree
     * @param change
     *            the change
     * @return whether the tree holds the agent (if not, the console has not loaded it and there is nothing to update)
     * @throws WireFormatException
     *             if the status is not one this console knows; the model is then unchanged
     */
    public static boolean applyStatus(AgentTree tree, AgentStatusChange change) {
        AgentStatus status = status(change.id(), null, change.status());
        Agent agent = AgentTreeIndex.of(tree).agent(change.id().toString());
        if (agent == null) {
            return false;
        }
        Fields.update(agent, ModelPackage.Literals.AGENT__STATUS, status);
        Fields.update(agent, ModelPackage.Literals.AGENT__LAST_SEEN, change.lastSeen());
        return true;
    }

    /**
     * Removes an agent the server no longer owns (it moved away or was removed).
     *
     * @param tree
     *            the server's agent tree
     * @param id
     *            the agent's id
     * @return whether the tree held it
     */
    public static boolean removeAgent(AgentTree tree, UUID id) {
        Agent agent = AgentTreeIndex.of(tree).agent(id.toString());
        if (agent == null) {
            return false;
        }
        EcoreUtil.remove(agent);
        return true;
    }

    /**
     * @param agents
     *            agents of one server
     * @param target
     *            the tree (for the root scope) or the domain to move them into
     * @return the body of {@code POST /api/v1/agents/move}
     */
    public static AgentMoveRequest toMoveRequest(Collection<Agent> agents, EObject target) {
        List<UUID> ids = new ArrayList<>(agents.size());
        for (Agent agent : agents) {
            ids.add(UUID.fromString(agent.getId()));
        }
        return new AgentMoveRequest(ids, target instanceof Domain domain ? Long.valueOf(domain.getId()) : null);
    }

    private static void fill(Agent agent, AgentSummary summary) {
        Fields.update(agent, ModelPackage.Literals.AGENT__HOST_NAME, summary.hostName());
        Fields.update(agent, ModelPackage.Literals.AGENT__IP_ADDRESS, summary.ip());
        Fields.update(agent, ModelPackage.Literals.AGENT__STATUS, status(summary));
        Fields.update(agent, ModelPackage.Literals.AGENT__AGENT_VERSION, summary.agentVersion());
        Fields.update(agent, ModelPackage.Literals.AGENT__LAST_SEEN, summary.lastSeen());
        Fields.update(agent, ModelPackage.Literals.AGENT__UPDATE_AGENT, Boolean.valueOf(summary.updateAgent()));
        Fields.update(agent, ModelPackage.Literals.AGENT__OPERATING_SYSTEM, summary.os());
    }

    private static AgentStatus status(AgentSummary summary) {
        return status(summary.id(), summary.hostName(), summary.status());
    }

    private static AgentStatus status(UUID id, String hostName, String wire) {
        AgentStatus status = wire == null ? null : AgentStatus.get(wire);
        if (status == null) {
            throw new WireFormatException(
                    NLS.bind(TreeMessages.AgentMapping_unknownStatus, new Object[]{id, hostName, wire}), "status", //$NON-NLS-1$
                    null);
        }
        return status;
    }

    private static EObject container(AgentTree tree, AgentTreeIndex index, AgentSummary summary) {
        if (summary.domainId() == null) {
            return tree;
        }
        Domain domain = index.domain(summary.domainId().longValue());
        if (domain == null) {
            throw new WireFormatException(NLS.bind(TreeMessages.AgentMapping_unknownDomain,
                    new Object[]{summary.id(), summary.hostName(), summary.domainId()}), "domainId", null); //$NON-NLS-1$
        }
        return domain;
    }

    private static List<Agent> agentsOf(EObject container) {
        return container instanceof Domain domain ? domain.getAgents() : ((AgentTree) container).getAgents();
    }

    private static void componentVersions(Agent agent, Map<String, String> reported) {
        Map<String, ComponentVersion> existing = new HashMap<>();
        for (ComponentVersion version : agent.getComponentVersions()) {
            existing.put(version.getName(), version);
        }
        List<ComponentVersion> wanted = new ArrayList<>(reported.size());
        reported.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ComponentVersion version = existing.get(entry.getKey());
            if (version == null) {
                version = FACTORY.createComponentVersion();
                version.setName(entry.getKey());
            }
            Fields.update(version, ModelPackage.Literals.COMPONENT_VERSION__VERSION, entry.getValue());
            wanted.add(version);
        });
        ECollections.setEList(agent.getComponentVersions(), wanted);
    }

    private static void commands(Agent agent, List<CommandSummary> summaries) {
        Map<Long, AgentCommand> existing = new HashMap<>();
        for (AgentCommand command : agent.getRecentCommands()) {
            existing.put(Long.valueOf(command.getId()), command);
        }
        List<AgentCommand> wanted = new ArrayList<>(summaries.size());
        for (CommandSummary summary : summaries) {
            AgentCommand command = existing.get(Long.valueOf(summary.id()));
            if (command == null) {
                command = FACTORY.createAgentCommand();
                command.setId(summary.id());
            }
            Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__KIND, summary.kind());
            CommandState state = summary.state() == null ? null : CommandState.get(summary.state());
            if (state != null) {
                Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__STATE, state);
            }
            Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__CREATED_AT, summary.createdAt());
            Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__DELIVERED_AT, summary.deliveredAt());
            Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__COMPLETED_AT, summary.completedAt());
            Fields.update(command, ModelPackage.Literals.AGENT_COMMAND__MESSAGE,
                    summary.result() instanceof Map<?, ?> result && result.get("message") instanceof String message //$NON-NLS-1$
                            ? message
                            : null);
            wanted.add(command);
        }
        ECollections.setEList(agent.getRecentCommands(), wanted);
    }
}
