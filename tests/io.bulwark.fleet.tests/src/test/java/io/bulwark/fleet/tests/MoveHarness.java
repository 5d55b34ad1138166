package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
     * What a console does: a ticket from the target, then the move request to the source.
     *
     * @return the move's id
     */
    UUID requestMove(List<UUID> agents, String offlineAgents) throws Exception {
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        MoveTicket ticket = atTarget.ticket(atSource.serverId(), agents, deadline);
        UUID moveId = UUID.randomUUID();
        atSource.move(new MoveRequest(moveId, agents, atTarget.asTarget(), ticket.token(), deadline, offlineAgents,
                false));
        return moveId;
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

    /** @return the agents the move reports arrived */
    static Set<UUID> arrived(MoveProgress progress) {
        Set<UUID> arrived = new HashSet<>();
        for (MoveItemProgress item : progress.items()) {
            if (MoveItemProgress.ARRIVED.equals(item.state())) {
                arrived.add(item.agentId());
            }
        }
        return arrived;
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
            return "move " + progress.counts() + ", " + onSource.size() + " on the source, " + onTarget.size()
                    + " on the target";
        }
    }

    /** Kills both servers. */
    void close() throws Exception {
        Fixtures.closeAll(atSource, atTarget, source, target);
    }
}
