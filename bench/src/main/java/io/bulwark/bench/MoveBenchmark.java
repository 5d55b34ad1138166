package io.bulwark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bulwark.bench.internal.AdminCalls;
import io.bulwark.bench.internal.Folders;
import io.bulwark.fleet.internal.AgentIdentity;
import io.bulwark.fleet.internal.AgentRoster;
import io.bulwark.fleet.internal.Fleet;
import io.bulwark.fleet.internal.FleetState;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.server.ManagementServer;
import io.bulwark.server.ServerOptions;

/**
 * A bulk move of {@value #AGENTS} online agents between two real servers, in heartbeat intervals, against one interval
 * of the same agents' real traffic measured in the same run. DESIGN §7 sets the budget: the move completes within
 * {@value #BUDGET_INTERVALS} heartbeat intervals at a {@value #INTERVAL_MILLIS} ms interval, and loses no agent.
 * <p>
 * Two servers run in this process, each on its embedded database in a temporary folder, and the fleet simulator runs
 * {@value #AGENTS} agents on the source in this process too, heartbeating every {@value #INTERVAL_MILLIS} ms. Once
 * every agent is online, the baseline is measured: from a moment on, how long until every agent's next heartbeat has
 * reached the source (one interval of real traffic, as the source's agent list shows it). Then the move runs as a
 * console runs it, through the administration API: a ticket from the target for every agent, then the move request to
 * the source. It is timed from the ticket request until the last agent is listed by the target and forgotten by the
 * source (both servers' agent counts, read every {@value #POLL_MILLIS} ms); then both servers' agent lists are compared
 * with the fleet: an agent on neither is lost, one on both is duplicated. The CPU time the process used during the
 * baseline and during the move is printed too: on a machine shared with other work the durations depend on how much of
 * it this process gets, the CPU time much less.
 */
public final class MoveBenchmark implements Benchmark {

    /** How many agents move. */
    static final int AGENTS = 10_000;

    /** Their heartbeat interval. */
    static final int INTERVAL_MILLIS = 5_000;

    /** The budget: the move's duration in heartbeat intervals, at most. */
    static final double BUDGET_INTERVALS = 2;

    private static final long POLL_MILLIS = 250;
    private static final Duration REGISTERED_WITHIN = Duration.ofMinutes(10);
    private static final Duration BASELINE_WITHIN = Duration.ofMinutes(2);
    /** How long the move may take before the benchmark stops waiting and reports it unfinished. */
    private static final Duration MOVED_WITHIN = Duration.ofMillis(100L * INTERVAL_MILLIS);
    private static final long FLEET_SEED = 7_007;
    private static final String PASSWORD = "bench-password"; //$NON-NLS-1$
    private static final String UNIT_SECONDS = "s"; //$NON-NLS-1$

    @Override
    public String name() {
        return "move"; //$NON-NLS-1$
    }

    @Override
    public String description() {
        return AGENTS + " online agents at a " + INTERVAL_MILLIS / 1000 + " s heartbeat moved between two real servers" //$NON-NLS-1$ //$NON-NLS-2$
                + " (ticket, move request, relocation) vs one interval of their heartbeats reaching the source"; //$NON-NLS-1$
    }

    @Override
    public boolean usesRequestLoad() {
        return false;
    }

    @Override
    public List<Measurement> run(LoadSettings settings) throws Exception {
        Path data = Files.createTempDirectory("bulwark-bench-"); //$NON-NLS-1$
        try {
            return measure(data);
        } finally {
            Folders.deleteTree(data);
        }
    }

    private List<Measurement> measure(Path data) throws Exception {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        try (ManagementServer source = ManagementServer.start(options(data.resolve("source"), "source"), silent); //$NON-NLS-1$ //$NON-NLS-2$
                ManagementServer target = ManagementServer.start(options(data.resolve("target"), "target"), silent); //$NON-NLS-1$ //$NON-NLS-2$
                AdminCalls atSource = login(source);
                AdminCalls atTarget = login(target)) {
            CertificateFingerprint sourceFingerprint = source.fingerprint().orElseThrow();
            AgentRoster roster = new AgentRoster(FLEET_SEED, List.of()).grownTo(AGENTS);
            List<UUID> agents = roster.agents().stream().map(AgentIdentity::guid).toList();
            try (Fleet fleet = new Fleet(
                    new Fleet.Settings(source.uri(), AGENTS, INTERVAL_MILLIS, 0, 0, sourceFingerprint, null), roster,
                    FleetState.open(data.resolve("fleet")), silent, refusal -> { //$NON-NLS-1$
                        // the servers take any agent
                    })) {
                fleet.start();
                awaitOnline(atSource);
                long baselineCpu = cpuNanos();
                double baselineSeconds = baseline(atSource, new HashSet<>(agents));
                baselineCpu = cpuNanos() - baselineCpu;
                MoveTarget moveTarget = new MoveTarget(atTarget.serverInfo().serverId(), target.uri().getHost(),
                        target.uri().getPort(), target.fingerprint().orElseThrow().toString());
                long moveCpu = cpuNanos();
                Timeline timeline = move(atSource, atTarget, agents, moveTarget);
                moveCpu = cpuNanos() - moveCpu;
                Census census = census(atSource, atTarget, agents);
                MoveProgress progress = atSource.get(ApiPaths.MOVES + "/" + timeline.moveId(), MoveProgress.class); //$NON-NLS-1$
                return measurements(baselineSeconds, baselineCpu / 1e9, timeline, moveCpu / 1e9, census, progress);
            }
        }
    }

    private static ServerOptions options(Path folder, String name) {
        ServerOptions local = ServerOptions.local(0, folder);
        return new ServerOptions(local.port(), folder, PASSWORD.toCharArray(), name, local.bindAddress(), false,
                local.certValidityYears(), null, null, false, null);
    }

    private static AdminCalls login(ManagementServer server) throws IOException, InterruptedException {
        return AdminCalls.login(server.uri(), server.fingerprint().orElseThrow(), "root", PASSWORD); //$NON-NLS-1$
    }

    /** Waits until the source has every agent of the fleet, online. */
    private static void awaitOnline(AdminCalls atSource) throws Exception {
        long deadline = System.nanoTime() + REGISTERED_WITHIN.toNanos();
        while (true) {
            ServerInfo info = atSource.serverInfo();
            if (info.agentsByStatus().online() == AGENTS) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("The fleet's " + AGENTS + " agents were not all online on the source" //$NON-NLS-1$ //$NON-NLS-2$
                        + " within " + REGISTERED_WITHIN + ": " + info.agentsByStatus()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Thread.sleep(INTERVAL_MILLIS / 10);
        }
    }

    /**
     * One interval of real traffic: from now until every agent's next heartbeat has reached the source, read from the
     * source's agent list (each agent's last-seen time) as often as it can be read.
     *
     * @return the seconds it took
     */
    private static double baseline(AdminCalls atSource, Set<UUID> agents) throws Exception {
        Instant from = Instant.now();
        long start = System.nanoTime();
        long deadline = start + BASELINE_WITHIN.toNanos();
        Set<UUID> waiting = new HashSet<>(agents);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(waiting.size() + " agents did not heartbeat the source within " //$NON-NLS-1$
                        + BASELINE_WITHIN);
            }
            Thread.sleep(POLL_MILLIS);
            for (AgentSummary agent : atSource.agents()) {
                if (agent.lastSeen() != null && !agent.lastSeen().isBefore(from)) {
                    waiting.remove(agent.id());
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * When each step of the move ended, in nanoseconds of {@link System#nanoTime()}.
     *
     * @param moveId
     *            the move
     * @param start
     *            the ticket request was sent
     * @param ticketed
     *            the target answered it
     * @param requested
     *            the source answered the move request
     * @param movingAtOnce
     *            how many agents the source started moving at once; the others were offline or roaming then, and wait
     *            for their next heartbeat
     * @param half
     *            half the agents were listed by the target and forgotten by the source
     * @param end
     *            all of them were, or the benchmark stopped waiting
     * @param finished
     *            whether all of them were
     */
    private record Timeline(UUID moveId, long start, long ticketed, long requested, int movingAtOnce, long half,
            long end, boolean finished) {
    }

    private static Timeline move(AdminCalls atSource, AdminCalls atTarget, List<UUID> agents, MoveTarget target)
            throws Exception {
        UUID sourceId = atSource.serverInfo().serverId();
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID moveId = UUID.randomUUID();
        long start = System.nanoTime();
        MoveTicket ticket = atTarget.post(ApiPaths.MOVE_TICKETS,
                new MoveTicketRequest(sourceId, agents, null, deadline),
                "ticket-" + moveId, 201, MoveTicket.class); //$NON-NLS-1$
        long ticketed = System.nanoTime();
        MoveProgress started = atSource.post(ApiPaths.MOVES,
                new MoveRequest(moveId, agents, target, ticket.token(), ticket.sourceToken(), deadline,
                        MoveRequest.WAIT, false),
                moveId.toString(), 201, MoveProgress.class);
        long requested = System.nanoTime();
        long half = 0;
        long giveUp = requested + MOVED_WITHIN.toNanos();
        while (true) {
            long onTarget = atTarget.serverInfo().agentCount().longValue();
            long left = AGENTS - atSource.serverInfo().agentCount().longValue();
            long now = System.nanoTime();
            long done = Math.min(onTarget, left);
            if (half == 0 && done >= AGENTS / 2) {
                half = now;
            }
            if (done >= AGENTS || now - giveUp > 0) {
                return new Timeline(moveId, start, ticketed, requested, count(started, MoveItemProgress.MOVING),
                        half == 0 ? now : half, now, done >= AGENTS);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Where the fleet's agents are after the move.
     *
     * @param onTarget
     *            how many of them the target lists
     * @param onSource
     *            how many of them the source lists
     * @param lost
     *            how many neither lists
     * @param duplicated
     *            how many both list
     * @param moving
     *            how many the source still lists as moving
     */
    private record Census(int onTarget, int onSource, int lost, int duplicated, int moving) {
    }

    private static Census census(AdminCalls atSource, AdminCalls atTarget, List<UUID> agents) throws Exception {
        Map<UUID, String> source = new HashMap<>();
        atSource.agents().forEach(agent -> source.put(agent.id(), agent.status()));
        Set<UUID> target = new HashSet<>();
        atTarget.agents().forEach(agent -> target.add(agent.id()));
        int onTarget = 0;
        int onSource = 0;
        int lost = 0;
        int duplicated = 0;
        int moving = 0;
        for (UUID agent : agents) {
            boolean there = target.contains(agent);
            boolean here = source.containsKey(agent);
            onTarget += there ? 1 : 0;
            onSource += here ? 1 : 0;
            lost += !there && !here ? 1 : 0;
            duplicated += there && here ? 1 : 0;
            moving += AgentStatus.MOVING.equals(source.get(agent)) ? 1 : 0;
        }
        return new Census(onTarget, onSource, lost, duplicated, moving);
    }

    private List<Measurement> measurements(double baselineSeconds, double baselineCpu, Timeline timeline,
            double moveCpu, Census census, MoveProgress progress) {
        double interval = INTERVAL_MILLIS / 1000.0;
        double duration = seconds(timeline.start(), timeline.end());
        double intervals = duration / interval;
        double ratio = duration / baselineSeconds;
        boolean within = timeline.finished() && census.lost() == 0 && census.duplicated() == 0
                && ratio <= BUDGET_INTERVALS;
        List<Measurement> result = new ArrayList<>();
        result.add(new Measurement(name() + ".agents", AGENTS, "online agents moved")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".interval", interval, "s heartbeat interval")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".baseline.interval", baselineSeconds, //$NON-NLS-1$
                "s until every agent's next heartbeat reached the source")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".baseline.cpu", baselineCpu, //$NON-NLS-1$
                "s of CPU in this process meanwhile (servers, fleet and benchmark)")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".ticket", seconds(timeline.start(), timeline.ticketed()), //$NON-NLS-1$
                UNIT_SECONDS));
        result.add(new Measurement(name() + ".request", seconds(timeline.ticketed(), timeline.requested()), //$NON-NLS-1$
                UNIT_SECONDS));
        result.add(new Measurement(name() + ".moving-at-once", timeline.movingAtOnce(), //$NON-NLS-1$
                "agents moving when the request was answered (the others, offline or roaming then, waited)")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".relocation.half", seconds(timeline.requested(), timeline.half()), //$NON-NLS-1$
                "s until half the agents were on the target and gone from the source")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".relocation", seconds(timeline.requested(), timeline.end()), //$NON-NLS-1$
                timeline.finished()
                        ? "s until the last agent was on the target and gone from the source" //$NON-NLS-1$
                        : "s, then stopped waiting: the move did NOT FINISH")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".duration", duration, "s from the ticket request")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".cpu", moveCpu, //$NON-NLS-1$
                "s of CPU in this process meanwhile, " //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%.1f", Double.valueOf(moveCpu / baselineCpu)) //$NON-NLS-1$
                        + " x the baseline's")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".arrived", count(progress, MoveItemProgress.ARRIVED), //$NON-NLS-1$
                "agents the source reports arrived")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".on-target", census.onTarget(), "agents")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".on-source", census.onSource(), //$NON-NLS-1$
                "agents (" + census.moving() + " still moving)")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".duplicated", census.duplicated(), "agents on both servers (budget: 0)")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".lost", census.lost(), "agents on neither server (budget: 0)")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".intervals", intervals, //$NON-NLS-1$
                "heartbeat intervals of " + INTERVAL_MILLIS + " ms")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".ratio", ratio, //$NON-NLS-1$
                "x baseline interval (budget: at most " //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%.0f", Double.valueOf(BUDGET_INTERVALS)) //$NON-NLS-1$
                        + ", none lost" + (within ? "; within budget)" : "; OVER BUDGET)"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return result;
    }

    private static int count(MoveProgress progress, String state) {
        Integer count = progress.counts().get(state);
        return count == null ? 0 : count.intValue();
    }

    /** @return the CPU time this process has used so far */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
