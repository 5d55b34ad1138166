package io.bulwark.fleet.tests;

import java.time.Duration;
import java.util.List;

import io.bulwark.server.tests.JarProcess;

/**
 * Runs the fleet simulator's jar as a real process until it exits.
 */
final class FleetRun {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private FleetRun() {
    }

    static JarProcess.Result run(String... args) throws Exception {
        return JarProcess.launch(JarProcess.jarFromProperty("bulwark.fleet.jar"), List.of(args), "fleet")
                .awaitExit(TIMEOUT);
    }
}
