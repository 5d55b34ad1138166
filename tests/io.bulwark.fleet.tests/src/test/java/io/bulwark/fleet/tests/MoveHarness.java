package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.server.tests.Await;
import io.bulwark.server.tests.Fixtures;

/**
 * Two real server processes, a source and a target, and what the move tests ask of them: start a fleet on the source,
 * move some of its agents with a ticket and a move request, and check that every agent ends on exactly one server.
 */
final class MoveHarness {

    static final Duration CONVERGE = Duration.ofSeconds(120);

    final RestartableServer source;
    final RestartableServer target;
    final MoveAdmin atSource;
    final MoveAdmin atTarget;

    private MoveHarness(RestartableServer source, RestartableServer target) throws Exception {
        this.source = source;
        this.target = target;
        this.atSource = new MoveAdmin(source);
        this.atTarget = new MoveAdmin(target);
    }

    static MoveHarness start(Path folder) throws Exception {
        RestartableServer source = RestartableServer.start(folder.resolve("source"), "source");
        try {
            return new MoveHarness(source, RestartableServer.start(folder.resolve("target"), "target"));
        } catch (Exception | Error e) {
            source.close();
            throw e;
        }
    }

    /** @return the options of a fleet on the source; a seed of its own keeps its agents apart from other fleets' */
    String[] fleet(Path state, int agents, String interval, long seed, String... more) {
        List<String> args = new ArrayList<>(List.of("--server", source.uri().toString(), "--server-fingerprint",
                source.fingerprint(), "--state", state.toString(), "--agents", Integer.toString(agents), "--interval",
                interval, "--seed", Long.toString(seed)));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** @return the fleet's agents, in order, from its state folder */
    static List<UUID> agentsOf(Path state) throws Exception {
        List<UUID> agents = new ArrayList<>();
        for (Map<?, ?> agent : FleetStateFile.agents(state)) {
            agents.add(UUID.fromString((String) agent.get("guid")));
        }
        return agents;
    }

    /**
     * What a console does: a ticket from the target, then the move request to the source, both for a day.
     *
     * @return the move's id
     */
    UUID requestMove(List<UUID> agents, String offlineAgents) throws Exception {
        Instant deadline = inOneDay();
        MoveTicket ticket = ticket(agents, deadline);
        return requestMove(agents, ticket.token(), ticket.sourceToken(), deadline, offlineAgents);
    }

    /** @return the target's ticket for these agents of the source, valid until the deadline */
    MoveTicket ticket(List<UUID> agents, Instant deadline) throws Exception {
        return atTarget.ticket(atSource.serverId(), agents, deadline);
    }

    /**
     * The move request to the source with a ticket's tokens, whatever the target thinks of them.
     *
     * @return the move's id
     */
    UUID requestMove(List<UUID> agents, String token, String sourceToken, Instant deadline, String offlineAgents)
            throws Exception {
        UUID moveId = UUID.randomUUID();
        atSource.move(new MoveRequest(moveId, agents, atTarget.asTarget(), token, sourceToken, deadline, offlineAgents,
                false));
        return moveId;
    }

    /** @return a day from now, in whole seconds as a console sends a deadline */
    static Instant inOneDay() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Waits until the fleet's state folder says every agent's home is the server that owns it.
     *
     * @param moved
     *            the agents that moved to the target
     */
    void awaitHomes(Path state, Set<UUID> moved) throws Exception {
        String sourceId = atSource.serverId().toString();
        String targetId = atTarget.serverId().toString();
        Await.until("the fleet's state folder naming each agent's new home", CONVERGE, () -> {
            List<String> wrong = new ArrayList<>();
            for (Map<?, ?> agent : FleetStateFile.agents(state)) {
                Map<?, ?> home = (Map<?, ?>) agent.get("home");
                String expected = moved.contains(UUID.fromString((String) agent.get("guid"))) ? targetId : sourceId;
                if (home == null || !expected.equals(home.get("serverId"))) {
                    wrong.add(agent.get("hostName") + " at " + home);
                }
            }
            return wrong;
        }, List::isEmpty);
    }

    /**
     * Waits until the source's progress of a move satisfies a condition; a failure names the move's counts, not its
     * thousand items.
     *
     * @return the first progress that satisfied it
     */
    MoveProgress awaitProgress(String what, UUID moveId, Predicate<MoveProgress> condition) throws Exception {
        return Await.until(what, CONVERGE, () -> new Counted(atSource.progress(moveId)),
                observed -> condition.test(observed.progress())).progress();
    }

    /** A move's progress that shows as its counts. */
    private record Counted(MoveProgress progress) {
        @Override
        public String toString() {
            return describe(progress);
        }
    }

    /** @return how many agents of the move are in each state */
    Map<String, Integer> counts(UUID moveId) throws Exception {
        return atSource.progress(moveId).counts();
    }

    /**
     * Waits until the move is finished and every agent of the fleet is owned by exactly one server: the target owns
     * exactly the agents the source reports arrived, the source owns the rest.
     *
     * @return the move's final progress
     */
    MoveProgress awaitConverged(UUID moveId, List<UUID> fleet) throws Exception {
        Set<UUID> all = new LinkedHashSet<>(fleet);
        Await.until("the move finished and every agent on exactly one server", CONVERGE,
                () -> new Ownership(atSource.progress(moveId), atSource.owned(all), atTarget.owned(all)),
                ownership -> ownership.converged(all));
        MoveProgress progress = atSource.progress(moveId);
        Set<UUID> onSource = atSource.owned(all);
        Set<UUID> onTarget = atTarget.owned(all);
        Set<UUID> both = new HashSet<>(onSource);
        both.retainAll(onTarget);
        assertTrue(both.isEmpty(), "agents on both servers: " + both);
        assertEquals(all.size(), onSource.size() + onTarget.size(), "every agent on one server, none lost");
        assertEquals(arrived(progress), onTarget, "the target owns exactly the agents that arrived");
        return progress;
    }

    /**
     * Waits until the target owns exactly the given agents of the fleet and the source all the others, and checks that
     * no agent is on both servers.
     *
     * @param fleet
     *            every agent of the fleet
     * @param onTarget
     *            the agents expected on the target
     */
    void awaitOwners(Collection<UUID> fleet, Set<UUID> onTarget) throws Exception {
        Set<UUID> all = new LinkedHashSet<>(fleet);
        Set<UUID> onSource = new HashSet<>(all);
        onSource.removeAll(onTarget);
        Await.until(onTarget.size() + " agents on the target, the other " + onSource.size() + " on the source",
                CONVERGE, () -> new Owners(atSource.owned(all), atTarget.owned(all)),
                owners -> owners.onSource().equals(onSource) && owners.onTarget().equals(onTarget));
    }

    /** @return the agents the move reports arrived */
    static Set<UUID> arrived(MoveProgress progress) {
        return inState(progress, MoveItemProgress.ARRIVED);
    }

    /** @return the agents of the move in one state */
    static Set<UUID> inState(MoveProgress progress, String state) {
        Set<UUID> agents = new HashSet<>();
        for (MoveItemProgress item : progress.items()) {
            if (state.equals(item.state())) {
                agents.add(item.agentId());
            }
        }
        return agents;
    }

    /**
     * @return a move's counts and why its first few agents that did not arrive ended as they did, for a failure's
     *         message
     */
    static String describe(MoveProgress progress) {
        StringBuilder text = new StringBuilder("move ").append(progress.moveId()).append(' ')
                .append(new TreeMap<>(progress.counts()));
        progress.items().stream().filter(item -> item.reason() != null)
                .filter(item -> !MoveItemProgress.ARRIVED.equals(item.state())).limit(3)
                .forEach(item -> text.append("; ").append(item.agentId()).append(' ').append(item.state())
                        .append(": ").append(item.reason()));
        return text.toString();
    }

    /**
     * @return for a failure's message, each of the agents (at most five) as the fleet's state folder, the source and
     *         the target see it: its home, a relocation under way, its listing
     */
    String whereAbouts(Path state, Set<UUID> agents) throws Exception {
        Set<String> wanted = new HashSet<>();
        agents.stream().limit(5).forEach(agent -> wanted.add(agent.toString()));
        StringBuilder text = new StringBuilder();
        for (Map<?, ?> agent : FleetStateFile.agents(state)) {
            if (wanted.contains(agent.get("guid"))) {
                text.append("\nfleet: ").append(agent);
            }
        }
        try (Stream<Path> files = Files.walk(state)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.endsWith("agents.json"))
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (wanted.stream().anyMatch(line::contains)) {
                        text.append("\n").append(file.getFileName()).append(": ")
                                .append(line.length() > 800 ? line.substring(0, 800) : line);
                    }
                }
            }
        }
        for (MoveAdmin server : List.of(atSource, atTarget)) {
            for (AgentSummary listed : server.list(Map.of())) {
                if (wanted.contains(listed.id().toString())) {
                    text.append("\n").append(server == atSource ? "source" : "target").append(": ").append(listed);
                }
            }
        }
        return text.toString();
    }

    /** Which agents of a fleet each server lists at one moment. */
    private record Owners(Set<UUID> onSource, Set<UUID> onTarget) {

        @Override
        public String toString() {
            Set<UUID> both = new HashSet<>(onSource);
            both.retainAll(onTarget);
            return onSource.size() + " on the source, " + onTarget.size() + " on the target, " + both.size()
                    + " on both";
        }
    }

    /** What both servers say at one moment. */
    private record Ownership(MoveProgress progress, Set<UUID> onSource, Set<UUID> onTarget) {

        boolean converged(Set<UUID> all) {
            Set<UUID> union = new HashSet<>(onSource);
            union.addAll(onTarget);
            return progress.finished() && union.equals(all) && onSource.size() + onTarget.size() == all.size()
                    && onTarget.equals(arrived(progress));
        }

        @Override
        public String toString() {
            return describe(progress) + ", " + onSource.size() + " on the source, " + onTarget.size()
                    + " on the target";
        }
    }

    /** Kills both servers. */
    void close() throws Exception {
        Fixtures.closeAll(atSource, atTarget, source, target);
    }
}
