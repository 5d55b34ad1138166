package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.server.tests.Await;

/**
 * A fleet process on one real server moved in part to another real server by a ticket and a move request, as a console
 * would ask: the moved agents are exactly the requested ones, each agent ends on exactly one server, and offline agents
 * wait for the fleet to bring them back online. Slow: two servers and three fleet runs take over a minute.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetMoveTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Pattern STARTED = Pattern.compile("\\((\\d+) offline, (\\d+) roaming");

    @TempDir
    Path temp;

    private MoveHarness servers;

    @BeforeAll
    void startServers(@TempDir Path folder) throws Exception {
        servers = MoveHarness.start(folder);
    }

    @AfterAll
    void stopServers() throws Exception {
        servers.close();
    }

    @Test
    void movesExactlyTheRequestedOnlineAgents() throws Exception {
        Path state = temp.resolve("online");
        try (FleetProcess fleet = FleetProcess.start(servers.fleet(state, 200, "0.5", 11))) {
            fleet.awaitLine("all 200 agents registered", START);
            List<UUID> agents = MoveHarness.agentsOf(state);
            List<UUID> chosen = new ArrayList<>();
            for (int i = 0; i < agents.size(); i += 2) {
                chosen.add(agents.get(i));
            }

            UUID moveId = servers.requestMove(chosen, MoveRequest.WAIT);

            MoveProgress done = servers.awaitConverged(moveId, agents);
            assertEquals(new HashSet<>(chosen), MoveHarness.arrived(done), "moved exactly the requested agents");
            assertEquals(Map.of(MoveItemProgress.ARRIVED, Integer.valueOf(100)), nonZero(done.counts()));
            servers.awaitHomes(state, new HashSet<>(chosen));
            assertTrue(fleet.stop().contains("fleet stopped"));
        }
    }

    @Test
    void offlineAgentsWaitAndMoveOnceTheFleetBringsThemBack() throws Exception {
        Path state = temp.resolve("offline");
        List<UUID> agents;
        List<UUID> chosen = new ArrayList<>();
        Set<UUID> offline;
        UUID moveId;
        try (FleetProcess fleet = FleetProcess.start(servers.fleet(state, 120, "0.5", 12, "--offline-ratio", "0.25"))) {
            Matcher started = STARTED.matcher(fleet.awaitLine("fleet started: 120 agents", START));
            assertTrue(started.find());
            int silent = Integer.parseInt(started.group(1));
            fleet.awaitLine("all 120 agents registered", START);
            agents = MoveHarness.agentsOf(state);
            Set<UUID> fleetAgents = new HashSet<>(agents);
            offline = Await.until(silent + " agents offline on the source", START,
                    () -> offlineOf(servers.atSource.agents(), fleetAgents), found -> found.size() == silent);
            chosen.addAll(offline);
            agents.stream().filter(agent -> !offline.contains(agent)).limit(30).forEach(chosen::add);

            moveId = servers.requestMove(chosen, MoveRequest.WAIT);

            Map<String, Integer> expected = Map.of(MoveItemProgress.ARRIVED, Integer.valueOf(30),
                    MoveItemProgress.WAITING, Integer.valueOf(silent));
            Await.until("online agents arrived, offline ones waiting", MoveHarness.CONVERGE,
                    () -> nonZero(servers.counts(moveId)), expected::equals);
            // The target lists an arrived agent from its first heartbeat there, a moment after the source let it go.
            Set<UUID> online = Set.copyOf(chosen.subList(silent, chosen.size()));
            Await.until("only the online agents on the target so far", MoveHarness.CONVERGE,
                    () -> servers.atTarget.owned(fleetAgents), online::equals);
            fleet.stop();
        }

        try (FleetProcess again = FleetProcess.start(servers.fleet(state, 120, "0.5", 12))) {
            again.awaitLine("fleet started: 120 agents (0 offline", START);

            MoveProgress done = servers.awaitConverged(moveId, agents);

            assertEquals(new HashSet<>(chosen), MoveHarness.arrived(done), "the offline agents moved too");
            servers.awaitHomes(state, new HashSet<>(chosen));
            again.stop();
        }
    }

    private static Set<UUID> offlineOf(Map<UUID, String> statuses, Set<UUID> among) {
        Set<UUID> offline = new HashSet<>();
        statuses.forEach((agent, status) -> {
            if (among.contains(agent) && "offline".equals(status)) {
                offline.add(agent);
            }
        });
        return offline;
    }

    static Map<String, Integer> nonZero(Map<String, Integer> counts) {
        Map<String, Integer> kept = new java.util.TreeMap<>(counts);
        kept.values().removeIf(count -> count.intValue() == 0);
        return kept;
    }
}
