package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.tests.Fixtures;
import io.bulwark.server.tests.JarProcess;
import io.bulwark.server.tests.ServerProcess;

/**
 * The fleet against two real server processes with different certificates: pinning on first use, refusing the other
 * server, and identities that follow from the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetAgainstServerTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private ServerProcess first;
    private ServerProcess other;

    @BeforeAll
    void startServers(@TempDir Path servers) throws Exception {
        first = ServerProcess.start(servers.resolve("a"));
        other = ServerProcess.start(servers.resolve("b"));
    }

    @AfterAll
    void stopServers() throws Exception {
        Fixtures.closeAll(first, other);
    }

    @Test
    void pinsOnFirstUseAndRefusesAnotherServerNamingBothFingerprints() throws Exception {
        Path state = temp.resolve("state");
        String pinned = first.fingerprint();
        try (FleetProcess fleet = FleetProcess.start("--server", first.uri().toString(), "--agents", "3", "--state",
                state.toString())) {
            fleet.awaitLine("certificate fingerprint SHA-256 " + pinned + " (pinned on first use)", START);
            fleet.awaitLine("fleet started", START);
            fleet.stop();
        }
        assertTrue(Files.readString(state.resolve("server-pin.json")).contains(pinned));

        assertNotEquals(pinned, other.fingerprint());
        try (FleetProcess fleet = FleetProcess.start("--server", other.uri().toString(), "--agents", "3", "--state",
                state.toString())) {
            JarProcess.Result result = fleet.awaitExit(START);

            assertEquals(3, result.exitStatus(), result.output());
            assertTrue(result.output().contains(pinned), "names the pinned fingerprint: " + result.output());
            assertTrue(result.output().contains(other.fingerprint()), "names the presented one: " + result.output());
        }
    }

    @Test
    void sameSeedGivesTheSameAgentsInAnotherStateFolder() throws Exception {
        for (String folder : new String[]{"one", "two"}) {
            try (FleetProcess fleet = FleetProcess.start("--server", first.uri().toString(), "--agents", "3", "--seed",
                    "7", "--state", temp.resolve(folder).toString(), "--server-fingerprint",
                    first.fingerprint().replace(":", "").toLowerCase())) {
                fleet.awaitLine("agents: 3 (3 created, 0 reused)", START);
                fleet.stop();
            }
        }
        assertEquals(FleetStateFile.identities(temp.resolve("one")), FleetStateFile.identities(temp.resolve("two")));
    }
}
