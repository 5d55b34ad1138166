package io.bulwark.core.migration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.migration.Messages;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveServer;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * Plans a migration campaign: reads the source's agents and domains once, pins the chosen agents by id, checks that the
 * target has the domain, and splits the agents with {@link WaveSplitter}. Nothing on either server changes; the
 * campaign is recorded with {@link CampaignJournal#create(Campaign)} and its waves started with {@link CampaignRunner}.
 */
public final class CampaignPlanner {

    private final ServerClient source;
    private final ServerClient target;
    private final Clock clock;

    /**
     * @param source
     *            the server the agents leave
     * @param target
     *            the server they go to
     */
    public CampaignPlanner(ServerClient source, ServerClient target) {
        this(source, target, Clock.systemUTC());
    }

    /**
     * @param source
     *            the server the agents leave
     * @param target
     *            the server they go to
     * @param clock
     *            the time of planning
     */
    public CampaignPlanner(ServerClient source, ServerClient target, Clock clock) {
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    /**
     * @param request
     *            which agents, how to split them, where they go
     * @param monitor
     *            cancels planning, or {@code null}
     * @return the campaign, not yet recorded; no wave started
     * @throws MoveException
     *             a {@link MigrationRefusedException} if the request cannot be planned: no agents, agents the source
     *             does not know, a deadline out of range, rules that cannot be split, a target domain that does not
     *             exist
     * @throws ServerException
     *             if either server cannot be read
     */
    public Campaign plan(CampaignRequest request, IProgressMonitor monitor) throws MoveException, ServerException {
        if (request.deadlineDays() < 1 || request.deadlineDays() > MoveTicketRequest.MAX_DEADLINE_DAYS) {
            throw new MigrationRefusedException(NLS.bind(Messages.CampaignPlanner_deadlineOutOfRange,
                    Integer.valueOf(request.deadlineDays()), Integer.valueOf(MoveTicketRequest.MAX_DEADLINE_DAYS)));
        }
        if (request.agentIds().isEmpty()) {
            throw new MigrationRefusedException(Messages.WaveSplitter_noAgents);
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.CampaignPlanner_task, 6);
        ServerInfo sourceInfo = source.serverInfo(progress.split(1));
        DomainPaths sourceDomains = new DomainPaths(source.domains(progress.split(1)));
        Map<UUID, AgentSummary> known = new HashMap<>();
        source.streamAgents(AgentQuery.all(), agent -> known.put(agent.id(), agent), progress.split(2));
        List<WaveAgent> agents = new ArrayList<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : request.agentIds()) {
            AgentSummary agent = known.get(id);
            if (agent == null) {
                unknown.add(id);
            } else {
                agents.add(new WaveAgent(id, agent.hostName(), agent.ip(), agent.status(),
                        sourceDomains.path(agent.domainId())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new MigrationRefusedException(NLS.bind(Messages.CampaignPlanner_unknownAgents,
                    Integer.valueOf(unknown.size()), unknown.get(0)));
        }
        List<Wave> waves = WaveSplitter.split(agents, request.rules());

        ServerInfo targetInfo = target.serverInfo(progress.split(1));
        DomainPaths targetDomains = new DomainPaths(target.domains(progress.split(1)));
        String domainPath;
        try {
            domainPath = targetDomains.path(targetDomains.find(request.targetDomainPath()));
        } catch (IllegalArgumentException e) {
            throw new MigrationRefusedException(NLS.bind(Messages.CampaignPlanner_targetDomainUnknown,
                    e.getMessage(), targetInfo.name()));
        }
        return new Campaign(UUID.randomUUID(), clock.instant(), request.origin(), server(source, sourceInfo),
                server(target, targetInfo), domainPath, request.deadlineDays(), request.offlineAgents(),
                request.cancelNotifications(), request.rules(), waves);
    }

    static MoveServer server(ServerClient client, ServerInfo info) {
        return new MoveServer(client.address().toString(), info.name(), info.serverId(),
                client.pinned() == null ? null : client.pinned().toString(), info.listeningPort());
    }
}
