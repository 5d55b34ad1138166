package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.server.tests.AdminSession;
import io.bulwark.server.tests.AgentCalls;
import io.bulwark.server.tests.Await;
import io.bulwark.server.tests.Fixtures;
import io.bulwark.server.tests.ServerProcess;
import io.bulwark.server.tests.Storage;
import io.bulwark.server.tests.TestDatabase;
import io.bulwark.server.tests.UpdateSourceProcess;

/**
 * A real update source, a server fetching from it and a fleet of 20 agents, on H2: after "update server now" and a
 * notification every agent downloads the full files, checks them and reports the server's versions; after the source
 * publishes a new version the agents fetch only increments; an agent refuses a file whose SHA-256 does not match and
 * keeps its version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetComponentUpdateTest {

    private static final String ROOT_PASSWORD = "fleet-update-secret";
    private static final int AGENTS = 20;
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private UpdateSourceProcess source;
    private TestDatabase database;
    private ServerProcess server;
    private AdminSession root;
    private FleetProcess fleet;
    private Path serverData;
    private Set<UUID> agents;

    @BeforeAll
    void start(@TempDir Path sourceData, @TempDir Path serverData, @TempDir Path fleetState) throws Exception {
        this.serverData = serverData;
        source = UpdateSourceProcess.start(sourceData);
        database = TestDatabase.create(Storage.H2);
        server = ServerProcess.start(serverData, database, "--root-password", ROOT_PASSWORD, "--update-source",
                source.uri().toString());
        root = AdminSession.login(server, "root", ROOT_PASSWORD);
        fleet = FleetProcess.start("--server", server.uri().toString(), "--server-fingerprint", server.fingerprint(),
                "--state", fleetState.toString(), "--agents", Integer.toString(AGENTS), "--interval", "0.3",
                "--offline-ratio", "0", "--roaming-ratio", "0", "--seed", "7");
        fleet.awaitLine("all " + AGENTS + " agents registered", DEADLINE);
        agents = FleetStateFile.agents(fleetState).stream().map(agent -> UUID.fromString((String) agent.get("guid")))
                .collect(Collectors.toSet());
        assertEquals(AGENTS, agents.size());
    }

    @AfterAll
    void stop() throws Exception {
        Fixtures.closeAll(fleet, root, server, source, database);
    }

    @Test
    @Order(1)
    void agentsFetchFullFilesFirstAndIncrementsLater() throws Exception {
        Map<String, String> first = updateServerAndNotify();
        awaitEveryAgentAt(first, "full");

        source.publish(null, 1);
        Map<String, String> second = updateServerAndNotify();
        assertTrue(!second.equals(first), "the source published new versions");
        Map<String, String> methods = awaitEveryAgentAt(second, null);
        assertEquals("increments", methods.get("virus-pattern"), methods.toString());
        assertEquals("full", methods.get("scan-engine"), "engines come as full files only");
    }

    @Test
    @Order(2)
    void anAgentRefusesAFileWhoseHashDoesNotMatchAndKeepsItsVersion() throws Exception {
        source.publish("firewall-pattern", 1);
        Map<String, String> wanted = updateServerAndNotify(false);
        long version = Long.parseLong(wanted.get("firewall-pattern"));
        Path stored = serverData.resolve("components").resolve("firewall-pattern").resolve("full-" + version + ".bin");
        Path increment = serverData.resolve("components").resolve("firewall-pattern")
                .resolve("increment-" + (version - 1) + ".bin");
        corrupt(stored);
        corrupt(increment);
        Map<UUID, Long> before = new LinkedHashMap<>();
        for (UUID id : agents) {
            before.put(id, Long.valueOf(AgentCalls.detail(root, id).recentCommands().getFirst().id()));
        }
        notifyAll(false);

        for (UUID id : agents) {
            CommandSummary command = Await.until("the refused update of " + id, DEADLINE,
                    () -> AgentCalls.detail(root, id).recentCommands().getFirst(),
                    latest -> latest.id() != before.get(id).longValue() && latest.state().equals("failed"));
            String message = (String) ((Map<?, ?>) command.result()).get("message");
            assertTrue(message.contains("SHA-256"), message);
            assertEquals(Long.toString(version - 1), AgentCalls.detail(root, id).componentVersions()
                    .get("firewall-pattern"), "the old version is kept");
        }
    }

    private static void corrupt(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
    }

    private Map<String, String> updateServerAndNotify() throws Exception {
        return updateServerAndNotify(true);
    }

    private Map<String, String> updateServerAndNotify(boolean notify) throws Exception {
        AdminSession.Reply started = root.post("/api/v1/components/update", "{}");
        assertEquals(202, started.status(), started.body());
        String id = started.as(ComponentUpdateJob.class).id();
        ComponentUpdateJob job = Await.until("the server's update", DEADLINE,
                () -> root.get("/api/v1/components/update").as(ComponentUpdateJob.class),
                running -> running.id().equals(id) && !running.state().equals(ComponentUpdateJob.RUNNING));
        assertEquals(ComponentUpdateJob.SUCCEEDED, job.state(), job.toString());
        Map<String, String> versions = new LinkedHashMap<>();
        for (ComponentVersion component : root.get("/api/v1/server").as(ServerInfo.class).components()) {
            versions.put(component.name(), Long.toString(component.version()));
        }
        if (notify) {
            notifyAll(false);
        }
        return versions;
    }

    private void notifyAll(boolean force) throws Exception {
        AdminSession.Reply notified = root.post("/api/v1/components/notify",
                force ? "{\"all\":true,\"force\":true}" : "{\"all\":true}");
        assertEquals(200, notified.status(), notified.body());
    }

    /**
     * Waits until every agent reports {@code versions} and its latest command is a succeeded update.
     *
     * @return the method of each component in one agent's result
     */
    private Map<String, String> awaitEveryAgentAt(Map<String, String> versions, String everyMethod)
            throws Exception {
        Map<String, String> methods = new LinkedHashMap<>();
        for (UUID id : agents) {
            AgentDetail detail = Await.until("agent " + id + " at " + versions, DEADLINE,
                    () -> AgentCalls.detail(root, id),
                    agent -> agent.componentVersions().equals(versions) && !agent.recentCommands().isEmpty()
                            && agent.recentCommands().getFirst().state().equals("succeeded"));
            CommandSummary command = detail.recentCommands().getFirst();
            assertEquals("update_components", command.kind());
            List<?> updated = (List<?>) ((Map<?, ?>) command.result()).get("updatedComponents");
            methods.clear();
            for (Object one : updated) {
                Map<?, ?> component = (Map<?, ?>) one;
                assertEquals(versions.get(component.get("name")), component.get("version").toString());
                methods.put((String) component.get("name"), (String) component.get("method"));
                if (everyMethod != null) {
                    assertEquals(everyMethod, component.get("method"), command.toString());
                }
            }
            assertEquals(versions.keySet(), methods.keySet(), command.toString());
        }
        return methods;
    }
}
