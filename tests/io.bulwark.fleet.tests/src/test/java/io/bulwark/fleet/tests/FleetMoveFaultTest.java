package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.server.tests.Await;

/**
 * A move interrupted by {@code kill -9} of the fleet itself while its agents are relocating. After the fleet is back
 * (same state folder) and the move converged, every agent is on exactly one server, every chosen agent arrived (a
 * relocation under way resumes at the step the state folder holds) and the target owns exactly them. The servers killed
 * mid-move are {@link FleetMoveTest}'s, at the scale of a 2,000-agent fleet. Slow: two servers and a fleet started
 * twice.
 */
@Tag("slow")
class FleetMoveFaultTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final int AGENTS = 300;

    @TempDir
    Path temp;

    private MoveHarness servers;

    @BeforeEach
    void startServers() throws Exception {
        servers = MoveHarness.start(temp.resolve("servers"));
    }

    @AfterEach
    void stopServers() throws Exception {
        servers.close();
    }

    @Test
    void fleetKilledMidMoveResumesFromItsState() throws Exception {
        Path state = temp.resolve("fleet");
        String[] args = servers.fleet(state, AGENTS, "2", 23);
        Move move;
        try (FleetProcess fleet = FleetProcess.start(args)) {
            move = startMove(fleet, state);

            fleet.kill();
        }
        try (FleetProcess again = FleetProcess.start(args)) {
            again.awaitLine("fleet started", START);

            move.awaitConverged();
            again.stop();
        }
    }

    /** Starts moving half the fleet and returns once the first agent arrived. */
    private Move startMove(FleetProcess fleet, Path state) throws Exception {
        fleet.awaitLine("all " + AGENTS + " agents registered", START);
        List<UUID> agents = MoveHarness.agentsOf(state);
        List<UUID> chosen = new ArrayList<>();
        for (int i = 1; i < agents.size(); i += 2) {
            chosen.add(agents.get(i));
        }
        UUID moveId = servers.requestMove(chosen, MoveRequest.WAIT);
        Await.until("the first agent arrived", START, () -> servers.counts(moveId),
                counts -> counts.getOrDefault(MoveItemProgress.ARRIVED, Integer.valueOf(0)).intValue() > 0);
        return new Move(moveId, agents, chosen, state);
    }

    private final class Move {
        private final UUID moveId;
        private final List<UUID> agents;
        private final List<UUID> chosen;
        private final Path state;

        Move(UUID moveId, List<UUID> agents, List<UUID> chosen, Path state) {
            this.moveId = moveId;
            this.agents = agents;
            this.chosen = chosen;
            this.state = state;
        }

        /**
         * Waits for convergence: every agent on exactly one server, every chosen agent arrived and the target owning
         * exactly them. A relocate command in flight when a process died is not lost: the source hands it out again
         * when the agent heartbeats without a result or a departure.
         */
        void awaitConverged() throws Exception {
            MoveProgress done = servers.awaitConverged(moveId, agents);
            Map<String, Integer> counts = FleetMoveTest.nonZero(done.counts());
            assertEquals(Map.of(MoveItemProgress.ARRIVED, Integer.valueOf(chosen.size())), counts,
                    "every chosen agent arrived");
            servers.awaitHomes(state, MoveHarness.arrived(done));
        }
    }
}
