package io.bulwark.core.move;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.internal.move.MoveRequests;
import io.bulwark.core.internal.move.SettingsComparison;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Plans a move from one server to another: reads the source's agents once and pins the chosen ones by id with their
 * status now, checks that the target is reachable and has the domain (and, when asked, obtains its ticket), and
 * compares the settings in effect on both sides. Nothing on either server changes, except that a ticket obtained at
 * planning makes the target expect the agents until the deadline.
 */
public final class MovePlanner {

    /** How many agents' details are read to learn the heartbeat interval. */
    static final int INTERVAL_SAMPLE = 8;

    /**
     * How many agents a move relocates per second once they have their relocate command, for the estimate: what
     * {@code bench move} measured with both servers and 10,000 simulated agents sharing two cores (about 320 a second
     * in a fresh process, 800 to 850 once warm), rounded down. Servers with cores of their own relocate faster; the
     * estimate errs long.
     */
    static final int RELOCATIONS_PER_SECOND = 300;

    /** How many notifications one request reads (the most the server gives). */
    private static final int NOTIFICATION_PAGE = 1000;

    private final ServerClient source;
    private final ServerClient target;
    private final Clock clock;

    /**
     * @param source
     *            the server the agents leave, logged in as an account that may move them
     * @param target
     *            the server they go to
     */
    public MovePlanner(ServerClient source, ServerClient target) {
        this(source, target, Clock.systemUTC());
    }

    /**
     * @param source
     *            the server the agents leave
     * @param target
     *            the server they go to
     * @param clock
     *            the time of planning, from which the deadline counts
     */
    public MovePlanner(ServerClient source, ServerClient target, Clock clock) {
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    /**
     * Reads every agent of the source server, e.g. to resolve an imported list with {@link AgentLists}.
     *
     * @param monitor
     *            cancels the reading, or {@code null}
     * @return the source's agents
     * @throws ServerException
     *             if the source cannot be read
     */
    public List<AgentSummary> sourceAgents(IProgressMonitor monitor) throws ServerException {
        List<AgentSummary> agents = new ArrayList<>();
        source.streamAgents(AgentQuery.all(), agents::add, monitor);
        return agents;
    }

    /**
     * @param request
     *            which agents, where, until when
     * @param monitor
     *            cancels planning, or {@code null}
     * @return the plan; {@link MovePlan#readiness()} says whether the target is ready. A ticket asked for is obtained
     *         as the last step, so planning cancelled before the end leaves none behind.
     * @throws ServerException
     *             if the source cannot be read (a target that cannot be reached is reported in the plan instead)
     * @throws MoveException
     *             if the request cannot be planned: no agents, too many, a deadline out of range
     */
    public MovePlan plan(MovePlanRequest request, IProgressMonitor monitor) throws ServerException, MoveException {
        if (request.agentIds().isEmpty()) {
            throw new MoveException(Messages.MovePlanner_noAgents);
        }
        if (request.agentIds().size() > MoveTicketRequest.MAX_AGENTS) {
            throw new MoveException(NLS.bind(Messages.MovePlanner_tooManyAgents,
                    Integer.valueOf(request.agentIds().size()), Integer.valueOf(MoveTicketRequest.MAX_AGENTS)));
        }
        if (request.deadlineDays() < 1 || request.deadlineDays() > MoveTicketRequest.MAX_DEADLINE_DAYS) {
            throw new MoveException(NLS.bind(Messages.MovePlanner_deadlineOutOfRange,
                    Integer.valueOf(request.deadlineDays()), Integer.valueOf(MoveTicketRequest.MAX_DEADLINE_DAYS)));
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.MovePlanner_task, 10);
        UUID moveId = UUID.randomUUID();
        Instant now = clock.instant();
        Instant deadline = now.plus(Duration.ofDays(request.deadlineDays()));

        ServerInfo sourceInfo = source.serverInfo(progress.split(1));
        DomainPaths sourceDomains = new DomainPaths(source.domains(progress.split(1)));
        Map<UUID, AgentSummary> known = new HashMap<>();
        source.streamAgents(AgentQuery.all(), agent -> known.put(agent.id(), agent), progress.split(3));
        List<PlannedAgent> agents = pin(request, known, sourceDomains);
        List<UUID> named = agents.stream().filter(agent -> agent.disposition().named()).map(PlannedAgent::id).toList();

        long interval = heartbeatInterval(agents, progress.split(1));
        long estimate = estimate(agents.stream().filter(agent -> agent.disposition() == Disposition.MOVE_NOW)
                .count(), interval);

        TargetSide side = TargetSide.read(target, request.targetDomainPath(), progress.split(2));
        MoveServer sourceServer = new MoveServer(source.address().toString(), sourceInfo.name(),
                sourceInfo.serverId(), fingerprint(source), sourceInfo.listeningPort());
        TargetReadiness readiness = side.readiness();
        if (readiness.ready() && named.isEmpty()) {
            readiness = new TargetReadiness(false, Messages.MovePlanner_nothingToMove, null);
        }
        progress.setWorkRemaining(2);
        List<SettingsDifference> differences = side.settings() == null
                ? List.of()
                : differences(agents, sourceDomains, side.settings(), progress.split(1));
        TargetLoad load = side.info() == null
                ? new TargetLoad(0, named.size(), 0, named.size())
                : load(side, named.size());
        if (readiness.ready() && request.reserveTicket()) {
            progress.checkCanceled();
            readiness = reserveTicket(moveId, sourceInfo.serverId(), named, side.domainId(), deadline);
        }
        progress.done();
        return new MovePlan(moveId, now, sourceServer, side.server(target), side.domainId(),
                side.domainPath(), deadline, request.offlineAgents(), request.cancelNotifications(), agents, readiness,
                load, differences, interval, estimate, request.origin(), Map.of());
    }

    /**
     * Gives back the ticket a plan reserved at planning ({@link MovePlanRequest#reserveTicket()}), when the plan will
     * not be carried out (the console's wizard was cancelled, or the move is planned again): the target stops expecting
     * the agents at once instead of at the deadline. A plan without a ticket, or whose ticket the target no longer
     * knows, needs nothing.
     *
     * @param plan
     *            a plan made by this planner's servers that was not journalled
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws ServerException
     *             if the target cannot revoke it; the ticket then lapses at the plan's deadline
     */
    public void releaseTicket(MovePlan plan, IProgressMonitor monitor) throws ServerException {
        UUID ticketId = plan.readiness().ticketId();
        if (ticketId == null) {
            return;
        }
        try {
            target.moves().revokeTicket(ticketId, monitor);
        } catch (NotFoundException e) {
            // nothing to give back
        }
    }

    /**
     * How long the agents that move now take: one heartbeat interval until each has its relocate command, their
     * relocations at {@value #RELOCATIONS_PER_SECOND} per second, and one more interval until the last one's first
     * heartbeat makes it the target's.
     *
     * @param movingNow
     *            how many agents move now
     * @param interval
     *            their heartbeat interval in milliseconds
     * @return the estimate in milliseconds, 0 if none moves now
     */
    static long estimate(long movingNow, long interval) {
        return movingNow == 0 ? 0 : 2 * interval + movingNow * 1000 / RELOCATIONS_PER_SECOND;
    }

    /**
     * Counts the chosen agents for which the source's notification queue holds notifications: a move of them is refused
     * unless it asks to cancel those first ({@link MovePlanRequest#cancelNotifications()}).
     *
     * @param source
     *            the server the agents would leave
     * @param agentIds
     *            the chosen agents
     * @param monitor
     *            cancels the reading, or {@code null}
     * @return how many of them have notifications queued; 0 if none
     * @throws ServerException
     *             if the source's queue cannot be read
     */
    public static int pendingNotifications(ServerClient source, Collection<UUID> agentIds, IProgressMonitor monitor)
            throws ServerException {
        Set<UUID> chosen = new HashSet<>(agentIds);
        Set<UUID> waiting = new HashSet<>();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.MovePlanner_notificationsTask, 10);
        String cursor = null;
        do {
            progress.setWorkRemaining(10);
            NotificationPage page = source.administration().componentUpdates().notifications(cursor,
                    NOTIFICATION_PAGE, progress.split(1));
            for (Notification notification : page.items()) {
                if (chosen.contains(notification.agentId())) {
                    waiting.add(notification.agentId());
                }
            }
            cursor = page.next();
        } while (cursor != null);
        return waiting.size();
    }

    private static List<PlannedAgent> pin(MovePlanRequest request, Map<UUID, AgentSummary> known,
            DomainPaths domains) {
        boolean wait = MoveRequest.WAIT.equals(request.offlineAgents());
        Map<UUID, PlannedAgent> pinned = new LinkedHashMap<>();
        for (UUID id : request.agentIds()) {
            AgentSummary agent = known.get(id);
            if (agent == null) {
                pinned.putIfAbsent(id, new PlannedAgent(id, null, null, null, "", Disposition.NOT_FOUND)); //$NON-NLS-1$
                continue;
            }
            Disposition disposition = switch (agent.status()) {
                case AgentStatus.ONLINE -> Disposition.MOVE_NOW;
                case AgentStatus.MOVING -> Disposition.ALREADY_MOVING;
                default -> wait ? Disposition.WAIT : Disposition.SKIP;
            };
            pinned.putIfAbsent(id, new PlannedAgent(id, agent.hostName(), agent.ip(), agent.status(),
                    domains.path(agent.domainId()), disposition));
        }
        return List.copyOf(pinned.values());
    }

    private long heartbeatInterval(List<PlannedAgent> agents, IProgressMonitor monitor) throws ServerException {
        List<PlannedAgent> sample = agents.stream().filter(agent -> agent.disposition() == Disposition.MOVE_NOW)
                .limit(INTERVAL_SAMPLE).toList();
        if (sample.isEmpty()) {
            sample = agents.stream().filter(agent -> agent.disposition().named()).limit(INTERVAL_SAMPLE).toList();
        }
        SubMonitor progress = SubMonitor.convert(monitor, sample.size());
        long longest = 0;
        for (PlannedAgent agent : sample) {
            longest = Math.max(longest, source.agent(agent.id(), progress.split(1)).heartbeatIntervalMillis());
        }
        return longest;
    }

    /**
     * Obtains the ticket as the last step of planning, and without being cancelled half-way: a planning that was
     * cancelled never leaves a ticket behind that nobody knows of, and a plan that holds one can give it back.
     */
    private TargetReadiness reserveTicket(UUID moveId, UUID sourceId, List<UUID> named, Long domainId,
            Instant deadline) {
        try {
            MoveTicket ticket = target.moves().requestTicket(new MoveTicketRequest(sourceId, named, domainId, deadline),
                    MoveRequests.ticketKey(moveId), null);
            return new TargetReadiness(true, null, ticket.ticketId());
        } catch (ServerException e) {
            return new TargetReadiness(false, NLS.bind(Messages.MovePlanner_ticketRefused, e.getMessage()), null);
        }
    }

    private List<SettingsDifference> differences(List<PlannedAgent> agents, DomainPaths sourceDomains,
            PolicySettings targetSettings, IProgressMonitor monitor) throws ServerException {
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        for (PlannedAgent agent : agents) {
            if (agent.disposition().named()) {
                perDomain.merge(agent.domainPath(), Integer.valueOf(1), Integer::sum);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, perDomain.size());
        List<SettingsDifference> differences = new ArrayList<>();
        for (Map.Entry<String, Integer> domain : perDomain.entrySet()) {
            Long domainId = sourceDomains.find(domain.getKey());
            SettingsScope scope = domainId == null ? SettingsScope.root() : SettingsScope.domain(domainId.longValue());
            PolicySettings current = source.effectiveSettings(scope, progress.split(1)).settings();
            for (String group : SettingsComparison.differingGroups(current, targetSettings)) {
                boolean word = SettingsGroups.SCAN_METHOD.equals(group);
                differences.add(new SettingsDifference(domain.getKey(), domain.getValue().intValue(), group,
                        word ? current.scanMethod() : null, word ? targetSettings.scanMethod() : null));
            }
        }
        return differences;
    }

    private static TargetLoad load(TargetSide side, int arriving) {
        long before = side.info().agentCount() == null ? 0 : side.info().agentCount().longValue();
        long domainBefore = side.domainId() == null ? before : side.domainAgents();
        return new TargetLoad(before, before + arriving, domainBefore, domainBefore + arriving);
    }

    static String fingerprint(ServerClient client) {
        return client.pinned() == null ? null : client.pinned().toString();
    }
}
