package io.bulwark.fleet.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
import java.util.function.Consumer;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.agent.Inventory;

/**
 * Many simulated agents in one process, each reporting to its own home server: one asynchronous HTTP client per server
 * shared by that server's agents ({@link ServerClients}), one small scheduler that ticks each agent at its interval
 * (spread over the interval, so servers see an even load), a periodic summary per server ({@link FleetSummary}), and
 * the state folder kept up to date by one writer ({@link StateWriter}): each agent's home server and the journal of
 * relocations under way.
 */
public final class Fleet implements AutoCloseable {

    /** How many requests the fleet keeps in flight at most, per server. */
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
     *            the base URL of the server new agents register with
     * @param agents
     *            how many agents
     * @param intervalMillis
     *            the heartbeat interval
     * @param offlineRatio
     *            the share of agents that are offline
     * @param roamingRatio
     *            the share of agents that are roaming
     * @param fingerprint
     *            the fingerprint of that server's certificate, which its agents pin; {@code null} over plain HTTP
     * @param enrolmentKey
     *            the enrolment key agents present when they register, or {@code null}
     */
    public record Settings(URI server, int agents, int intervalMillis, double offlineRatio, double roamingRatio,
            CertificateFingerprint fingerprint, String enrolmentKey) {
    }

    private final Settings settings;
    private final long seed;
    private final FleetState state;
    private final PrintStream out;
    private final Consumer<String> onEnrolmentRefused;
    private final ServerClients clients;
    private final CommandHandlers handlers = CommandHandlers.standard();
    private final ReceiptCertificates receiptCertificates = new ReceiptCertificates();
    private final List<AgentIdentity> kept;
    private final List<SimulatedAgent> agents;
    private final StateWriter writer;
    private final int resumed;
    private final AtomicBoolean stateChanged = new AtomicBoolean();
    private final Set<Integer> confirmedAgents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger retired = new AtomicInteger();
    private final AtomicBoolean announcedAll = new AtomicBoolean();
    private final AtomicBoolean refused = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor scheduler;
    private final FleetSummary summary;

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
     *            told (once) when a server refuses to enrol agents, with its message
     * @throws IOException
     *             if the relocation journal cannot be read or is damaged
     */
    public Fleet(Settings settings, AgentRoster roster, FleetState state, PrintStream out,
            Consumer<String> onEnrolmentRefused) throws IOException {
        this.settings = settings;
        this.seed = roster.seed();
        this.state = state;
        this.out = out;
        this.onEnrolmentRefused = onEnrolmentRefused;
        this.clients = new ServerClients(settings.enrolmentKey(), MAX_IN_FLIGHT);
        RelocationJournal journal = RelocationJournal.open(state.folder());
        RelocationJournal.Contents journalled = journal.read();
        List<AgentIdentity> identities = new ArrayList<>(roster.agents().size());
        for (AgentIdentity agent : roster.agents()) {
            HomeServer moved = journalled.homes().get(agent.guid());
            identities.add(moved == null ? agent : agent.at(moved));
        }
        this.kept = identities.subList(settings.agents(), identities.size());
        this.scheduler = new ScheduledThreadPoolExecutor(SCHEDULER_THREADS, task -> new Thread(task, "fleet-ticks")); //$NON-NLS-1$
        scheduler.setRemoveOnCancelPolicy(true);
        this.writer = new StateWriter(state, journal, journalled, this::roster, scheduler, System.err);
        List<EndpointProfile> endpoints = new ArrayList<>(settings.agents());
        for (int index = 0; index < settings.agents(); index++) {
            endpoints.add(EndpointProfile.of(seed, index));
        }
        double roamingLaptops = roamingLaptopShare(endpoints, settings);
        this.agents = new ArrayList<>(settings.agents());
        int pending = 0;
        for (int index = 0; index < settings.agents(); index++) {
            SplittableRandom modes = new SplittableRandom(seed ^ MODE_STRIDE * (index + 1L));
            double mode = modes.nextDouble();
            double roam = modes.nextDouble();
            EndpointProfile endpoint = endpoints.get(index);
            boolean silent = mode < settings.offlineRatio();
            boolean roaming = !silent && (roamingLaptops <= 1
                    ? endpoint.hardwareType().equals(Inventory.LAPTOP) && roam < roamingLaptops
                    : mode < settings.offlineRatio() + settings.roamingRatio());
            AgentIdentity identity = identities.get(index);
            PendingRelocation relocation = journalled.pending().get(identity.guid());
            pending += relocation == null ? 0 : 1;
            agents.add(new SimulatedAgent(index, identity, endpoint, seed + index, silent, roaming, this,
                    relocation));
        }
        this.resumed = pending;
        this.summary = new FleetSummary(this, clients, out, SUMMARY_PERIOD_SECONDS);
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
        writer.start();
        writer.saveRoster(); // and tidies the journal, so a torn last line never stays
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
        summary.homes();
        if (resumed > 0) {
            out.printf(Locale.ROOT, "%d relocations under way in the state folder; resuming them%n", //$NON-NLS-1$
                    Integer.valueOf(resumed));
        }
        if (silentKnown > 0) {
            out.printf(Locale.ROOT, "%d offline agents are known to the server already and stay silent%n", //$NON-NLS-1$
                    Integer.valueOf(silentKnown));
        }
        out.flush();
        scheduler.scheduleWithFixedDelay(summary::print, SUMMARY_PERIOD_SECONDS, SUMMARY_PERIOD_SECONDS,
                TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::saveState, SAVE_PERIOD_SECONDS, SAVE_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    String serverUrl() {
        return settings.server().toString();
    }

    int intervalMillis() {
        return settings.intervalMillis();
    }

    /** @return the clients of every server, one per server */
    ServerClients clients() {
        return clients;
    }

    /** @return the fingerprint of the server new agents register with, or {@code null} over plain HTTP */
    String serverFingerprint() {
        return settings.fingerprint() == null ? null : settings.fingerprint().toString();
    }

    /** @return the client of the server new agents register with */
    AgentClient firstClient() {
        return clients.of(serverUrl(), serverFingerprint());
    }

    CommandHandlers handlers() {
        return handlers;
    }

    /** @return the fingerprints of the certificates that receipts carry */
    ReceiptCertificates receiptCertificates() {
        return receiptCertificates;
    }

    StateWriter writer() {
        return writer;
    }

    List<SimulatedAgent> agents() {
        return agents;
    }

    int retiredCount() {
        return retired.get();
    }

    /**
     * An agent registered: keep its home server in the state folder.
     *
     * @param agent
     *            the agent
     */
    void registered(SimulatedAgent agent) {
        stateChanged.set(true);
        confirmed(agent);
    }

    /**
     * An agent moved to another server; the journal holds that already, the roster follows.
     *
     * @param agent
     *            the agent
     */
    void homeChanged(SimulatedAgent agent) {
        stateChanged.set(true);
    }

    /**
     * A server acknowledged an agent in this run (a registration or heartbeat went through).
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
     * An offline agent is known to its server and falls silent.
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

    /** @return every agent of the state folder with its home now, the simulated ones first */
    private AgentRoster roster() {
        List<AgentIdentity> all = new ArrayList<>(agents.size() + kept.size());
        for (SimulatedAgent agent : agents) {
            all.add(agent.identity());
        }
        all.addAll(kept);
        return new AgentRoster(seed, all);
    }

    private void saveState() {
        if (stateChanged.getAndSet(false)) {
            writer.saveRoster().exceptionally(failure -> {
                stateChanged.set(true);
                return null;
            });
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
        clients.close();
        writer.close();
        out.println("fleet stopped; agents and their home servers kept in " + state.folder()); //$NON-NLS-1$
        out.flush();
    }
}
