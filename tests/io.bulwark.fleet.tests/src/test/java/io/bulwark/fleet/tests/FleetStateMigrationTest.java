package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.server.tests.AdminSession;
import io.bulwark.server.tests.Fixtures;
import io.bulwark.server.tests.ServerProcess;

/**
 * A state folder written by the fleet before agents had homes of their own (no format, homes without fingerprints)
 * still loads: homes at the pinned server take its fingerprint, a home at a server the folder has no certificate for is
 * dropped so that agent registers again, and no agent is created twice.
 */
class FleetStateMigrationTest {

    private static final Duration START = Duration.ofSeconds(60);

    @Test
    void migratesAStateFolderOfTheFirstFormat(@TempDir Path temp) throws Exception {
        ServerProcess server = ServerProcess.start(temp.resolve("server"), "--root-password", "migrate-secret");
        AdminSession root = AdminSession.login(server, "root", "migrate-secret");
        try {
            Path state = temp.resolve("state");
            String[] args = {"--server", server.uri().toString(), "--server-fingerprint", server.fingerprint(),
                    "--state", state.toString(), "--agents", "6", "--interval", "0.3"};
            try (FleetProcess fleet = FleetProcess.start(args)) {
                fleet.awaitLine("all 6 agents registered", START);
                fleet.stop();
            }
            writeFirstFormat(state, "https://127.0.0.1:1");
            long before = agentCount(root);

            try (FleetProcess fleet = FleetProcess.start(args)) {
                fleet.awaitLine("state folder migrated to format 2: 5 home servers now carry their certificate"
                        + " fingerprint, 1 agents of an unknown server register again", START);
                fleet.awaitLine("all 6 agents registered", START);
                fleet.stop();
            }

            assertEquals(before, agentCount(root), "no agent created twice");
            Map<?, ?> roster = AdminSession.JSON.read(Files.readAllBytes(state.resolve("agents.json")), Map.class);
            assertEquals(Integer.valueOf(2), roster.get("format"));
            for (Map<?, ?> agent : FleetStateFile.agents(state)) {
                Map<?, ?> home = (Map<?, ?>) agent.get("home");
                assertEquals(server.uri().toString(), home.get("url"), agent.toString());
                assertEquals(server.fingerprint(), home.get("fingerprint"), agent.toString());
            }
        } finally {
            Fixtures.closeAll(root, server);
        }
    }

    /**
     * Rewrites the agents file as the first format had it: no format member, homes without a fingerprint, and the last
     * agent's home at another server.
     */
    private static void writeFirstFormat(Path state, String otherServer) throws Exception {
        Path file = state.resolve("agents.json");
        Map<?, ?> roster = AdminSession.JSON.read(Files.readAllBytes(file), Map.class);
        List<Object> agents = new ArrayList<>();
        List<?> current = (List<?>) roster.get("agents");
        for (int i = 0; i < current.size(); i++) {
            Map<String, Object> agent = new LinkedHashMap<>();
            ((Map<?, ?>) current.get(i)).forEach((key, value) -> agent.put((String) key, value));
            Map<String, Object> home = new LinkedHashMap<>();
            ((Map<?, ?>) agent.get("home")).forEach((key, value) -> home.put((String) key, value));
            home.remove("fingerprint");
            if (i == current.size() - 1) {
                home.put("url", otherServer);
            }
            agent.put("home", home);
            agents.add(agent);
        }
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("seed", roster.get("seed"));
        old.put("agents", agents);
        Files.write(file, AdminSession.JSON.write(old));
        assertNull(AdminSession.JSON.read(Files.readAllBytes(file), Map.class).get("format"));
    }

    private static long agentCount(AdminSession root) throws Exception {
        return root.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue();
    }
}
