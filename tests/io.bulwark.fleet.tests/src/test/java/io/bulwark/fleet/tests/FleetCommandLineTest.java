package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.bulwark.server.tests.JarProcess;

/**
 * Bad options are refused with a clear message and a non-zero exit, before any server is contacted.
 */
class FleetCommandLineTest {

    private static final String NO_SERVER = "https://127.0.0.1:1";

    @Test
    void refusesNegativeAgentCount() throws Exception {
        JarProcess.Result result = FleetRun.run("--server", NO_SERVER, "--agents", "-5");

        assertEquals(2, result.exitStatus(), result.output());
        assertTrue(result.output().contains("--agents must be 1 to 1000000, was -5"), result.output());
    }

    @Test
    void refusesRatioAboveOne() throws Exception {
        JarProcess.Result result = FleetRun.run("--server", NO_SERVER, "--agents", "10", "--offline-ratio", "1.5");

        assertEquals(2, result.exitStatus(), result.output());
        assertTrue(result.output().contains("--offline-ratio must be 0 to 1, was 1.5"), result.output());
    }

    @Test
    void refusesMalformedFingerprint() throws Exception {
        JarProcess.Result result = FleetRun.run("--server", NO_SERVER, "--agents", "1", "--server-fingerprint",
                "AB:CD");

        assertEquals(2, result.exitStatus(), result.output());
        assertTrue(result.output().contains("Not a SHA-256 fingerprint"), result.output());
    }
}
