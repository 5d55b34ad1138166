package io.bulwark.fleet.internal;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fleet's periodic summary: one line for the whole fleet, then, when its agents live on more than one server, one
 * line per server with that server's own counters and how many agents call it home.
 */
final class FleetSummary {

    private final Fleet fleet;
    private final ServerClients clients;
    private final PrintStream out;
    private final long periodSeconds;

    /**
     * @param fleet
     *            the fleet
     * @param clients
     *            its clients, one per server
     * @param out
     *            receives the lines
     * @param periodSeconds
     *            how often it prints
     */
    FleetSummary(Fleet fleet, ServerClients clients, PrintStream out, long periodSeconds) {
        this.fleet = fleet;
        this.clients = clients;
        this.out = out;
        this.periodSeconds = periodSeconds;
    }

    /** Prints how many agents call each server home, when there is more than one. */
    void homes() {
        Map<String, Integer> homes = homeCounts();
        if (homes.size() > 1) {
            out.println("home servers: " + homes); //$NON-NLS-1$
        }
    }

    /** Prints the summary of the last period and resets its counters. */
    void print() {
        List<AgentClient> servers = clients.all();
        servers.sort(Comparator.comparing(client -> client.server().toString()));
        long heartbeats = 0;
        long failures = 0;
        long registrations = 0;
        long commands = 0;
        long departures = 0;
        long relocationsFailed = 0;
        String failure = null;
        Map<String, Integer> homes = homeCounts();
        StringBuilder perServer = new StringBuilder();
        for (AgentClient client : servers) {
            FleetStats stats = client.stats();
            long beats = stats.heartbeats.sumThenReset();
            long failed = stats.failures.sumThenReset();
            long registered = stats.registrations.sumThenReset();
            long results = stats.commandsSucceeded.sumThenReset() + stats.commandsFailed.sumThenReset();
            long left = stats.departures.sumThenReset();
            long notLeft = stats.relocationsFailed.sumThenReset();
            String latest = stats.takeLastFailure();
            failure = latest != null ? latest : failure;
            heartbeats += beats;
            failures += failed;
            registrations += registered;
            commands += results;
            departures += left;
            relocationsFailed += notLeft;
            perServer.append(String.format(Locale.ROOT, "  %s: home of %d agents; %d heartbeats, %d registrations," //$NON-NLS-1$
                    + " %d command results, %d departed, %d relocations failed, %d failures; since start %d moved" //$NON-NLS-1$
                    + " agents registered again without a ticket%n", //$NON-NLS-1$
                    client.server(), homes.getOrDefault(client.server().toString(), Integer.valueOf(0)),
                    Long.valueOf(beats), Long.valueOf(registered), Long.valueOf(results), Long.valueOf(left),
                    Long.valueOf(notLeft), Long.valueOf(failed), Long.valueOf(stats.movedRegisteredAgain.sum())));
        }
        List<SimulatedAgent> agents = fleet.agents();
        long registered = agents.stream().filter(SimulatedAgent::registered).count();
        long relocating = agents.stream().filter(agent -> agent.relocation().pending()).count();
        out.printf(Locale.ROOT, "%s fleet: %d of %d agents registered, %d silent; last %d s: %d heartbeats, %d" //$NON-NLS-1$
                + " registrations, %d command results, %d failures; relocations: %d under way, %d departed," //$NON-NLS-1$
                + " %d failed%s%n", //$NON-NLS-1$
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), Long.valueOf(registered),
                Integer.valueOf(agents.size()), Integer.valueOf(fleet.retiredCount()), Long.valueOf(periodSeconds),
                Long.valueOf(heartbeats), Long.valueOf(registrations), Long.valueOf(commands), Long.valueOf(failures),
                Long.valueOf(relocating), Long.valueOf(departures), Long.valueOf(relocationsFailed),
                failure == null ? "" : " (latest: " + failure + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (homes.size() > 1 || servers.size() > 1) {
            out.print(perServer);
        }
        out.flush();
    }

    private Map<String, Integer> homeCounts() {
        Map<String, Integer> homes = new TreeMap<>();
        for (SimulatedAgent agent : fleet.agents()) {
            HomeServer home = agent.home();
            if (home != null) {
                homes.merge(home.url(), Integer.valueOf(1), Integer::sum);
            }
        }
        return homes;
    }
}
