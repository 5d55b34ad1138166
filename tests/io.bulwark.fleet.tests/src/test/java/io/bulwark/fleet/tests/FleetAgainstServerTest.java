package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.tests.JarProcess;
import io.bulwark.server.tests.ServerProcess;

/**
 * The fleet against real server processes: certificate pinning and stable agent identities.
 */
class FleetAgainstServerTest {

    @TempDir
    Path temp;

    @Test
    void pinsOnFirstUseAndRefusesAnotherServerNamingBothFingerprints() throws Exception {
        Path state = temp.resolve("state");
        String pinned;
        try (ServerProcess first = ServerProcess.start(temp.resolve("server-a"))) {
            pinned = first.fingerprint();
            JarProcess.Result result = FleetRun.run("--server", first.uri().toString(), "--agents", "3", "--state",
                    state.toString());

            assertEquals(0, result.exitStatus(), result.output());
            assertTrue(result.output().contains(pinned + " (pinned on first use)"), result.output());
            assertTrue(Files.readString(state.resolve("server-pin.json")).contains(pinned));
        }
        try (ServerProcess other = ServerProcess.start(temp.resolve("server-b"))) {
            assertNotEquals(pinned, other.fingerprint());
            JarProcess.Result result = FleetRun.run("--server", other.uri().toString(), "--agents", "3", "--state",
                    state.toString());

            assertEquals(3, result.exitStatus(), result.output());
            assertTrue(result.output().contains(pinned), "names the pinned fingerprint: " + result.output());
            assertTrue(result.output().contains(other.fingerprint()), "names the presented one: " + result.output());
        }
    }

    @Test
    void keepsTheSameAgentsAcrossRunsWithTheSameState() throws Exception {
        Path state = temp.resolve("state");
        try (ServerProcess server = ServerProcess.start(temp.resolve("server"))) {
            String url = server.uri().toString();
            JarProcess.Result first = FleetRun.run("--server", url, "--agents", "4", "--seed", "42", "--state",
                    state.toString());
            assertEquals(0, first.exitStatus(), first.output());
            String agentsAfterFirstRun = Files.readString(state.resolve("agents.json"));

            JarProcess.Result second = FleetRun.run("--server", url, "--agents", "4", "--state", state.toString(),
                    "--server-fingerprint", server.fingerprint().replace(":", "").toLowerCase());

            assertEquals(0, second.exitStatus(), second.output());
            assertTrue(second.output().contains("agents: 4 (0 created, 4 reused)"), second.output());
            assertEquals(agentsAfterFirstRun, Files.readString(state.resolve("agents.json")));
            assertTrue(second.output().contains("agent API"), "says registration is not possible yet");
        }
    }

    @Test
    void sameSeedGivesTheSameAgentsInAnotherStateFolder() throws Exception {
        try (ServerProcess server = ServerProcess.start(temp.resolve("server"))) {
            String url = server.uri().toString();
            for (String folder : new String[]{"one", "two"}) {
                JarProcess.Result result = FleetRun.run("--server", url, "--agents", "3", "--seed", "7", "--state",
                        temp.resolve(folder).toString());
                assertEquals(0, result.exitStatus(), result.output());
            }
            assertEquals(Files.readString(temp.resolve("one/agents.json")),
                    Files.readString(temp.resolve("two/agents.json")));
        }
    }
}
