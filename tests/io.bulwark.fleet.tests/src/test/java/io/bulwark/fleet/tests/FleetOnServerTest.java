package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.server.tests.AdminSession;
import io.bulwark.server.tests.AgentCalls;
import io.bulwark.server.tests.Await;
import io.bulwark.server.tests.Fixtures;
import io.bulwark.server.tests.JarProcess;
import io.bulwark.server.tests.ServerProcess;
import io.bulwark.server.tests.Storage;
import io.bulwark.server.tests.TestDatabase;

/**
 * Fleet processes against one real server process with an enrolment key, on H2 and on PostgreSQL: all agents register,
 * offline ones fall silent and roaming ones say so, a restarted fleet keeps its agents, commands are carried out, and a
 * fleet without the key is refused.
 */
class FleetOnServerTest {

    private static final String KEY = "fleet-enrolment-key";
    private static final Duration START = Duration.ofSeconds(90);
    private static final Pattern STARTED = Pattern.compile("\\((\\d+) offline, (\\d+) roaming");

    @Nested
    class OnH2 extends FleetContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends FleetContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class FleetContract {

        private final Storage storage;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;

        @TempDir
        Path temp;

        FleetContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path dataFolder) throws Exception {
            database = TestDatabase.create(storage);
            server = ServerProcess.start(dataFolder, database, "--root-password", "fleet-root-secret", "--enroll-key",
                    KEY);
            root = AdminSession.login(server, "root", "fleet-root-secret");
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        private String[] fleet(Path state, String agents, String interval, String offline, String roaming,
                String seed) {
            return new String[]{"--server", server.uri().toString(), "--server-fingerprint", server.fingerprint(),
                    "--enroll-key", KEY, "--state", state.toString(), "--agents", agents, "--interval", interval,
                    "--offline-ratio", offline, "--roaming-ratio", roaming, "--seed", seed};
        }

        private long agentCount() throws Exception {
            return root.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue();
        }

        private static Set<UUID> guids(Path state) throws Exception {
            Set<UUID> guids = new LinkedHashSet<>();
            for (Map<?, ?> agent : FleetStateFile.agents(state)) {
                guids.add(UUID.fromString((String) agent.get("guid")));
            }
            return guids;
        }

        private Map<String, Integer> statusesOf(Set<UUID> agents) throws Exception {
            AdminSession.Reply reply = root.send("GET", "/api/v1/agents", null, "Accept", "application/x-ndjson");
            assertEquals(200, reply.status(), reply.body());
            Map<String, Integer> counts = new TreeMap<>();
            for (String line : reply.body().split("\n")) {
                AgentSummary agent = AdminSession.JSON.read(line.getBytes(StandardCharsets.UTF_8), AgentSummary.class);
                if (agents.contains(agent.id())) {
                    counts.merge(agent.status(), Integer.valueOf(1), Integer::sum);
                }
            }
            return counts;
        }

        @Test
        void registersEveryAgentAndARestartedFleetKeepsThem() throws Exception {
            Path state = temp.resolve("fleet-200");
            String[] args = fleet(state, "200", "1", "0.1", "0.1", "42");
            long before = agentCount();
            Set<UUID> ids;
            int offline;
            int roaming;
            try (FleetProcess fleet = FleetProcess.start(args)) {
                Matcher started = STARTED.matcher(fleet.awaitLine("fleet started: 200 agents", START));
                assertTrue(started.find());
                offline = Integer.parseInt(started.group(1));
                roaming = Integer.parseInt(started.group(2));
                assertTrue(offline > 0 && roaming > 0, "the seed gives some of each: " + started.group());
                fleet.awaitLine("all 200 agents registered", START);
                assertEquals(before + 200, agentCount());
                ids = guids(state);
                assertEquals(200, ids.size());

                Map<String, Integer> expected = new TreeMap<>(Map.of("offline", Integer.valueOf(offline), "roaming",
                        Integer.valueOf(roaming), "online", Integer.valueOf(200 - offline - roaming)));
                Await.until("offline agents offline, roaming ones roaming, the rest online", START,
                        () -> statusesOf(ids), expected::equals);
                AgentDetail detail = Await.until("an agent's inventory", START,
                        () -> AgentCalls.detail(root, ids.iterator().next()), agent -> agent.inventory() != null);
                assertTrue(List.of(Inventory.LAPTOP, Inventory.DESKTOP, Inventory.SERVER)
                        .contains(detail.inventory().hardwareType()));
                assertNotNull(detail.agent().os());

                assertTrue(fleet.stop().contains("fleet stopped"));
            }
            UUID serverId = root.get("/api/v1/server").as(ServerInfo.class).serverId();
            for (Map<?, ?> agent : FleetStateFile.agents(state)) {
                assertEquals(serverId.toString(), ((Map<?, ?>) agent.get("home")).get("serverId"), agent.toString());
            }

            try (FleetProcess again = FleetProcess.start(args)) {
                again.awaitLine("agents: 200 (0 created, 200 reused)", START);
                again.awaitLine("fleet started: 200 agents (" + offline + " offline, " + roaming
                        + " roaming, 200 known to the server from the state folder)", START);
                again.awaitLine("all 200 agents registered", START);
                assertEquals(before + 200, agentCount(), "the same agents, none added");
                assertEquals(ids, guids(state));
                again.stop();
            }
        }

        @Test
        void fleetAgentsCarryOutScanNowAndReportTheResult() throws Exception {
            Path state = temp.resolve("fleet-scan");
            try (FleetProcess fleet = FleetProcess.start(fleet(state, "12", "0.5", "0", "0", "99"))) {
                fleet.awaitLine("all 12 agents registered", START);
                List<UUID> chosen = guids(state).stream().limit(5).toList();

                AdminSession.Reply queued = root.post("/api/v1/agents/scan-now", new AgentSelection(chosen));

                assertEquals(202, queued.status(), queued.body());
                for (UUID id : chosen) {
                    List<CommandSummary> commands = Await.until("the scan result of " + id, START,
                            () -> AgentCalls.detail(root, id).recentCommands(),
                            list -> !list.isEmpty() && list.getFirst().state().equals("succeeded"));
                    Map<?, ?> result = (Map<?, ?>) commands.getFirst().result();
                    Map<?, ?> scan = (Map<?, ?>) result.get("scanResult");
                    assertTrue(((Number) scan.get("filesScanned")).longValue() > 0, result.toString());
                    assertTrue(((String) result.get("message")).startsWith("Scan finished"), result.toString());
                }
                fleet.stop();
            }
        }

        @Test
        void fleetWithoutTheEnrolmentKeyIsRefused() throws Exception {
            long before = agentCount();
            try (FleetProcess fleet = FleetProcess.start("--server", server.uri().toString(), "--server-fingerprint",
                    server.fingerprint(), "--state", temp.resolve("fleet-refused").toString(), "--agents", "2",
                    "--interval", "0.2")) {
                JarProcess.Result result = fleet.awaitExit(START);

                assertEquals(4, result.exitStatus(), result.output());
                assertTrue(result.output().contains("refuses to enrol agents"), result.output());
            }
            assertEquals(before, agentCount());
        }
    }
}
