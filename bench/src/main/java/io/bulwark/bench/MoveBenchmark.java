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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import io.bulwark.bench.internal.AdminCalls;
import io.bulwark.bench.internal.CompilerThreads;
import io.bulwark.bench.internal.Folders;
import io.bulwark.bench.internal.MoveCensus;
import io.bulwark.fleet.internal.AgentIdentity;
import io.bulwark.fleet.internal.AgentRoster;
import io.bulwark.fleet.internal.Fleet;
import io.bulwark.fleet.internal.FleetState;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ServerInfo;
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
 * {@value #AGENTS} agents on the first in this process too, heartbeating every {@value #INTERVAL_MILLIS} ms. The agents
 * move three times, as a console moves them, through the administration API: a ticket from the target for every agent,
 * then the move request to the source. The first two moves, to the second server and back, warm the process up: their
 * steps run for the first time, and the JIT compiler spends much of the process's CPU compiling them, still about a
 * seventh during the move back (decisions 0021 and 0026). They are reported apart and not judged. Once every agent is
 * online on the first server again, the baseline is measured there: from a moment on, how long until every agent's next
 * heartbeat has reached it (one interval of real traffic, as its agent list shows it). Then the agents move to the
 * second server once more, and that move is judged against the budget, as a server that has been running for a while
 * would carry it out.
 * <p>
 * Each move is timed from the ticket request until the last agent is listed by the target and forgotten by the source
 * (both servers' agent counts, read every {@value #POLL_MILLIS} ms); then both servers' agent lists are compared with
 * the fleet: an agent on neither is lost, one on both is duplicated. The CPU time the process used during the baseline
 * and during each move is printed too: on a machine shared with other work the durations depend on how much of it this
 * process gets, the CPU time much less.
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
        return AGENTS + " online agents at a " + INTERVAL_MILLIS / 1000 + " s heartbeat moved to a second real server," //$NON-NLS-1$ //$NON-NLS-2$
                + " back and there again (ticket, move request, relocation); the third move vs one interval of their" //$NON-NLS-1$
                + " heartbeats"; //$NON-NLS-1$
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
        try (ManagementServer first = ManagementServer.start(options(data.resolve("first"), "first"), silent); //$NON-NLS-1$ //$NON-NLS-2$
                ManagementServer second = ManagementServer.start(options(data.resolve("second"), "second"), silent); //$NON-NLS-1$ //$NON-NLS-2$
                AdminCalls atFirst = login(first);
                AdminCalls atSecond = login(second)) {
            Side firstSide = new Side(first, atFirst);
            Side secondSide = new Side(second, atSecond);
            AgentRoster roster = new AgentRoster(FLEET_SEED, List.of()).grownTo(AGENTS);
            List<UUID> agents = roster.agents().stream().map(AgentIdentity::guid).toList();
            try (Fleet fleet = new Fleet(
                    new Fleet.Settings(first.uri(), AGENTS, INTERVAL_MILLIS, 0, 0, first.fingerprint().orElseThrow(),
                            null),
                    roster, FleetState.open(data.resolve("fleet")), silent, refusal -> { //$NON-NLS-1$
                        // the servers take any agent
                    })) {
                fleet.start();
                awaitOnline(firstSide);
                Run cold = run(firstSide, secondSide, agents);
                awaitOnline(secondSide);
                Run back = run(secondSide, firstSide, agents);
                awaitOnline(firstSide);
                long baselineCpu = cpuNanos();
                double baselineSeconds = baseline(firstSide.calls(), new HashSet<>(agents));
                baselineCpu = cpuNanos() - baselineCpu;
                Run warm = run(firstSide, secondSide, agents);
                MoveProgress progress = firstSide.calls().get(ApiPaths.MOVES + "/" + warm.timeline().moveId(), //$NON-NLS-1$
                        MoveProgress.class);
                List<Measurement> result = new ArrayList<>(warmUpMeasurements("first", //$NON-NLS-1$
                        "the first move in this process", cold)); //$NON-NLS-1$
                result.addAll(warmUpMeasurements("back", "the move back to the first server", back)); //$NON-NLS-1$ //$NON-NLS-2$
                result.addAll(measurements(baselineSeconds, baselineCpu / 1e9, warm, progress));
                return result;
            }
        }
    }

    /**
     * A server and the administrator's calls to it.
     *
     * @param server
     *            the server
     * @param calls
     *            logged in to it
     */
    private record Side(ManagementServer server, AdminCalls calls) {

        MoveTarget asTarget() throws IOException, InterruptedException {
            return new MoveTarget(calls.serverInfo().serverId(), server.uri().getHost(), server.uri().getPort(),
                    server.fingerprint().orElseThrow().toString());
        }
    }

    /**
     * One move of every agent and where they are after it.
     *
     * @param timeline
     *            when its steps ended
     * @param cpuSeconds
     *            the CPU time this process used meanwhile
     * @param jitSeconds
     *            the CPU time the JIT compiler threads used meanwhile, or a negative number if unknown
     * @param census
     *            where the fleet's agents are after it
     */
    private record Run(Timeline timeline, double cpuSeconds, double jitSeconds, MoveCensus census) {
    }

    private static Run run(Side from, Side to, List<UUID> agents) throws Exception {
        long cpu = cpuNanos();
        OptionalLong jit = CompilerThreads.cpuNanos();
        Timeline timeline = move(from.calls(), to.calls(), agents, to.asTarget());
        cpu = cpuNanos() - cpu;
        OptionalLong jitAfter = CompilerThreads.cpuNanos();
        double jitSeconds = jit.isPresent() && jitAfter.isPresent()
                ? (jitAfter.getAsLong() - jit.getAsLong()) / 1e9
                : -1;
        return new Run(timeline, cpu / 1e9, jitSeconds, MoveCensus.of(from.calls(), to.calls(), agents));
    }

    private static ServerOptions options(Path folder, String name) {
        ServerOptions local = ServerOptions.local(0, folder);
        return new ServerOptions(local.port(), folder, PASSWORD.toCharArray(), name, local.bindAddress(), false,
                local.certValidityYears(), null, null, false, null);
    }

    private static AdminCalls login(ManagementServer server) throws IOException, InterruptedException {
        return AdminCalls.login(server.uri(), server.fingerprint().orElseThrow(), "root", PASSWORD); //$NON-NLS-1$
    }

    /** Waits until the server has every agent of the fleet, online. */
    private static void awaitOnline(Side side) throws Exception {
        long deadline = System.nanoTime() + REGISTERED_WITHIN.toNanos();
        while (true) {
            ServerInfo info = side.calls().serverInfo();
            if (info.agentsByStatus().online() == AGENTS) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("The fleet's " + AGENTS + " agents were not all online on " //$NON-NLS-1$ //$NON-NLS-2$
                        + side.server().uri() + " within " + REGISTERED_WITHIN + ": " + info.agentsByStatus()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Thread.sleep(INTERVAL_MILLIS / 10);
        }
    }

    /**
     * One interval of real traffic: from now until every agent's next heartbeat has reached the server, read from its
     * agent list (each agent's last-seen time) as often as it can be read.
     *
     * @return the seconds it took
     */
    private static double baseline(AdminCalls server, Set<UUID> agents) throws Exception {
        Instant from = Instant.now();
        long start = System.nanoTime();
        long deadline = start + BASELINE_WITHIN.toNanos();
        Set<UUID> waiting = new HashSet<>(agents);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(waiting.size() + " agents did not heartbeat the server within " //$NON-NLS-1$
                        + BASELINE_WITHIN);
            }
            Thread.sleep(POLL_MILLIS);
            for (AgentSummary agent : server.agents()) {
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
     * A warm-up move's duration, CPU and census, while the JIT compiler is still compiling the move's steps.
     *
     * @param key
     *            names its measurements
     * @param what
     *            which move it was, for the reader
     * @param run
     *            the move
     */
    private List<Measurement> warmUpMeasurements(String key, String what, Run run) {
        double duration = seconds(run.timeline().start(), run.timeline().end());
        String prefix = name() + "." + key + "."; //$NON-NLS-1$ //$NON-NLS-2$
        return List.of(new Measurement(prefix + "duration", duration, //$NON-NLS-1$
                run.timeline().finished()
                        ? "s from the ticket request, " + what //$NON-NLS-1$
                        : "s, then stopped waiting: " + what + " did NOT FINISH"), //$NON-NLS-1$ //$NON-NLS-2$
                new Measurement(prefix + "intervals", duration / (INTERVAL_MILLIS / 1000.0), //$NON-NLS-1$
                        "heartbeat intervals (not judged: the JIT compiler is still compiling its steps)"), //$NON-NLS-1$
                new Measurement(prefix + "cpu", run.cpuSeconds(), "s of CPU in this process meanwhile"), //$NON-NLS-1$ //$NON-NLS-2$
                jit(prefix, run),
                new Measurement(prefix + "duplicated", run.census().duplicated(), //$NON-NLS-1$
                        "agents on both servers (budget: 0)"), //$NON-NLS-1$
                new Measurement(prefix + "lost", run.census().lost(), "agents on neither server (budget: 0)")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<Measurement> measurements(double baselineSeconds, double baselineCpu, Run warm,
            MoveProgress progress) {
        Timeline timeline = warm.timeline();
        double moveCpu = warm.cpuSeconds();
        MoveCensus census = warm.census();
        double interval = INTERVAL_MILLIS / 1000.0;
        double duration = seconds(timeline.start(), timeline.end());
        double intervals = duration / interval;
        double ratio = duration / baselineSeconds;
        boolean within = timeline.finished() && census.lost() == 0 && census.duplicated() == 0
                && intervals <= BUDGET_INTERVALS && ratio <= BUDGET_INTERVALS;
        List<Measurement> result = new ArrayList<>();
        result.add(new Measurement(name() + ".agents", AGENTS, "online agents moved")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".interval", interval, "s heartbeat interval")); //$NON-NLS-1$ //$NON-NLS-2$
        result.add(new Measurement(name() + ".baseline.interval", baselineSeconds, //$NON-NLS-1$
                "s until every agent's next heartbeat reached the first server")); //$NON-NLS-1$
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
        result.add(new Measurement(name() + ".duration", duration, //$NON-NLS-1$
                "s from the ticket request, the third move, to the second server again")); //$NON-NLS-1$
        result.add(new Measurement(name() + ".cpu", moveCpu, //$NON-NLS-1$
                "s of CPU in this process meanwhile, " //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%.1f", Double.valueOf(moveCpu / baselineCpu)) //$NON-NLS-1$
                        + " x the baseline's")); //$NON-NLS-1$
        result.add(jit(name() + ".", warm)); //$NON-NLS-1$
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
                        + " heartbeat intervals and as many baseline intervals, none lost" //$NON-NLS-1$
                        + (within ? "; within budget)" : "; OVER BUDGET)"))); //$NON-NLS-1$ //$NON-NLS-2$
        return result;
    }

    private static int count(MoveProgress progress, String state) {
        Integer count = progress.counts().get(state);
        return count == null ? 0 : count.intValue();
    }

    private static Measurement jit(String prefix, Run run) {
        return new Measurement(prefix + "jit", run.jitSeconds(), run.jitSeconds() < 0 //$NON-NLS-1$
                ? "(not measured: no /proc/self/task here)" //$NON-NLS-1$
                : "s of that CPU the JIT compiler threads used, " //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%.0f", Double.valueOf(100 * run.jitSeconds() / run.cpuSeconds())) //$NON-NLS-1$
                        + " %"); //$NON-NLS-1$
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
