package io.bulwark.fleet.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.bulwark.protocol.agent.Inventory;

/**
 * Many simulated agents of one server in one process: one shared asynchronous HTTP client, one small scheduler that
 * ticks each agent at its interval (spread over the interval, so the server sees an even load), a periodic summary
 * line, and the state folder kept up to date with each agent's home server.
 */
public final class Fleet implements AutoCloseable {

    /** How many requests the fleet keeps in flight at most. */
    static final int MAX_IN_FLIGHT = 48;

    private static final long SUMMARY_PERIOD_SECONDS = 10;
    private static final long SAVE_PERIOD_SECONDS = 2;
    private static final int SCHEDULER_THREADS = 2;
    // Decides which agents are offline or roaming, independent of their identity and endpoint.
    private static final long MODE_STRIDE = 0xBF58476D1CE4E5B9L;

    /**
     * How to run.
     *
     * @param server
     *            the server's base URL
     * @param agents
     *            how many agents
     * @param intervalMillis
     *            the heartbeat interval
     * @param offlineRatio
     *            the share of agents that are offline
     * @param roamingRatio
     *            the share of agents that are roaming
     * @param tls
     *            trusts only the pinned certificate; {@code null} over plain HTTP
     * @param enrolmentKey
     *            the server's enrolment key, or {@code null}
     */
    public record Settings(URI server, int agents, int intervalMillis, double offlineRatio, double roamingRatio,
            SSLContext tls, String enrolmentKey) {
    }

    private final Settings settings;
    private final long seed;
    private final FleetState state;
    private final PrintStream out;
    private final Consumer<String> onEnrolmentRefused;
    private final AgentClient client;
    private final CommandHandlers handlers = CommandHandlers.standard();
    private final FleetStats stats = new FleetStats();
    private final List<SimulatedAgent> agents;
    private final AtomicReferenceArray<AgentIdentity> identities;
    private final AtomicBoolean stateChanged = new AtomicBoolean();
    private final Set<Integer> confirmedAgents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger retired = new AtomicInteger();
    private final AtomicBoolean announcedAll = new AtomicBoolean();
    private final AtomicBoolean refused = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor scheduler;

    /**
     * @param settings
     *            how to run
     * @param roster
     *            the agents kept in the state folder, at least {@code settings.agents()} of them
     * @param state
     *            the state folder
     * @param out
     *            receives the summary lines
     * @param onEnrolmentRefused
     *            told (once) when the server refuses to enrol agents, with its message
     */
    public Fleet(Settings settings, AgentRoster roster, FleetState state, PrintStream out,
            Consumer<String> onEnrolmentRefused) {
        this.settings = settings;
        this.seed = roster.seed();
        this.state = state;
        this.out = out;
        this.onEnrolmentRefused = onEnrolmentRefused;
        this.client = new AgentClient(settings.server(), settings.tls(), settings.enrolmentKey(), MAX_IN_FLIGHT);
        this.identities = new AtomicReferenceArray<>(roster.agents().toArray(AgentIdentity[]::new));
        List<EndpointProfile> endpoints = new ArrayList<>(settings.agents());
        for (int index = 0; index < settings.agents(); index++) {
            endpoints.add(EndpointProfile.of(seed, index));
        }
        double roamingLaptops = roamingLaptopShare(endpoints, settings);
        this.agents = new ArrayList<>(settings.agents());
        for (int index = 0; index < settings.agents(); index++) {
            SplittableRandom modes = new SplittableRandom(seed ^ MODE_STRIDE * (index + 1L));
            double mode = modes.nextDouble();
            double roam = modes.nextDouble();
            EndpointProfile endpoint = endpoints.get(index);
            boolean silent = mode < settings.offlineRatio();
            boolean roaming = !silent && (roamingLaptops <= 1
                    ? endpoint.hardwareType().equals(Inventory.LAPTOP) && roam < roamingLaptops
                    : mode < settings.offlineRatio() + settings.roamingRatio());
            agents.add(new SimulatedAgent(index, roster.agents().get(index), endpoint, seed + index, silent, roaming,
                    this));
        }
        this.scheduler = new ScheduledThreadPoolExecutor(SCHEDULER_THREADS, task -> new Thread(task, "fleet-ticks")); //$NON-NLS-1$
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /**
     * Roaming is what laptops do: the share of the active laptops that must roam for the fleet to have its roaming
     * ratio. Above 1 there are too few laptops, and any agent may roam.
     */
    private static double roamingLaptopShare(List<EndpointProfile> endpoints, Settings settings) {
        long laptops = endpoints.stream().filter(e -> e.hardwareType().equals(Inventory.LAPTOP)).count();
        double active = laptops * (1 - settings.offlineRatio());
        if (settings.roamingRatio() == 0) {
            return 0;
        }
        return active <= 0 ? Double.POSITIVE_INFINITY : settings.roamingRatio() * endpoints.size() / active;
    }

    /** Starts ticking every agent, the summary line and the state saver. */
    public void start() {
        long interval = settings.intervalMillis();
        int silentKnown = 0;
        for (SimulatedAgent agent : agents) {
            if (agent.needsTicks()) {
                long offset = new SplittableRandom(agent.seed()).nextLong(interval);
                agent.schedule(
                        scheduler.scheduleAtFixedRate(agent::tick, offset, interval, TimeUnit.MILLISECONDS));
            } else {
                silentKnown++;
                retired.incrementAndGet();
                confirmed(agent);
            }
        }
        long roaming = agents.stream().filter(SimulatedAgent::roaming).count();
        long silent = agents.stream().filter(SimulatedAgent::silent).count();
        out.printf(Locale.ROOT, "fleet started: %d agents (%d offline, %d roaming, %d known to the server from the" //$NON-NLS-1$
                + " state folder) heartbeating every %d ms to %s%n", Integer.valueOf(agents.size()), //$NON-NLS-1$
                Long.valueOf(silent), Long.valueOf(roaming),
                Long.valueOf(agents.stream().filter(SimulatedAgent::registered).count()), Long.valueOf(interval),
                serverUrl());
        if (silentKnown > 0) {
            out.printf(Locale.ROOT, "%d offline agents are known to the server already and stay silent%n", //$NON-NLS-1$
                    Integer.valueOf(silentKnown));
        }
        out.flush();
        scheduler.scheduleWithFixedDelay(this::summary, SUMMARY_PERIOD_SECONDS, SUMMARY_PERIOD_SECONDS,
                TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::saveState, SAVE_PERIOD_SECONDS, SAVE_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    String serverUrl() {
        return settings.server().toString();
    }

    int intervalMillis() {
        return settings.intervalMillis();
    }

    AgentClient client() {
        return client;
    }

    CommandHandlers handlers() {
        return handlers;
    }

    FleetStats stats() {
        return stats;
    }

    /**
     * An agent registered: keep its home server in the state folder.
     *
     * @param agent
     *            the agent
     * @param home
     *            its home server
     */
    void registered(SimulatedAgent agent, HomeServer home) {
        identities.set(agent.index(), agent.identity().at(home));
        stateChanged.set(true);
        confirmed(agent);
    }

    /**
     * The server acknowledged an agent in this run (a registration or heartbeat went through).
     *
     * @param agent
     *            the agent
     */
    void confirmed(SimulatedAgent agent) {
        if (confirmedAgents.add(Integer.valueOf(agent.index())) && confirmed.incrementAndGet() == agents.size()
                && announcedAll.compareAndSet(false, true)) {
            out.println("all " + agents.size() + " agents registered with " + serverUrl()); //$NON-NLS-1$ //$NON-NLS-2$
            out.flush();
        }
    }

    /**
     * An offline agent is known to the server and falls silent.
     *
     * @param agent
     *            the agent
     */
    void retire(SimulatedAgent agent) {
        agent.cancel();
        retired.incrementAndGet();
    }

    /**
     * @param message
     *            the server's reason
     */
    void enrolmentRefused(String message) {
        if (refused.compareAndSet(false, true)) {
            onEnrolmentRefused.accept(message);
        }
    }

    private void summary() {
        long heartbeats = stats.heartbeats.sumThenReset();
        long failures = stats.failures.sumThenReset();
        long registrations = stats.registrations.sumThenReset();
        long commands = stats.commandsSucceeded.sumThenReset() + stats.commandsFailed.sumThenReset();
        long registered = agents.stream().filter(SimulatedAgent::registered).count();
        String failure = stats.takeLastFailure();
        out.printf(Locale.ROOT, "%s fleet: %d of %d agents registered, %d silent; last %d s: %d heartbeats, %d" //$NON-NLS-1$
                + " registrations, %d command results, %d failures%s%n", //$NON-NLS-1$
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), Long.valueOf(registered),
                Integer.valueOf(agents.size()), Integer.valueOf(retired.get()), Long.valueOf(SUMMARY_PERIOD_SECONDS),
                Long.valueOf(heartbeats), Long.valueOf(registrations), Long.valueOf(commands), Long.valueOf(failures),
                failure == null ? "" : " (latest: " + failure + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.flush();
    }

    private synchronized void saveState() {
        if (!stateChanged.getAndSet(false)) {
            return;
        }
        List<AgentIdentity> all = new ArrayList<>(identities.length());
        for (int i = 0; i < identities.length(); i++) {
            all.add(identities.get(i));
        }
        try {
            state.saveRoster(new AgentRoster(seed, all));
        } catch (IOException e) {
            stateChanged.set(true);
            System.err.println("bulwark-fleet: cannot save the agents in " + state.folder() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Stops every agent and saves the state folder. Safe to call more than once and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        saveState();
        out.println("fleet stopped; agents and their home server kept in " + state.folder()); //$NON-NLS-1$
        out.flush();
    }
}
