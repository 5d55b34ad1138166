package io.bulwark.test.servers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A server and the fleet registered with it, started one after the other and stopped in the opposite order: the unit
 * the console's fixtures start several of at once ({@link Concurrently}).
 *
 * @param server
 *            the server
 * @param fleet
 *            its fleet
 */
public record ServerWithFleet(TestServer server, TestFleet fleet) implements AutoCloseable {

    /**
     * @param serverFolder
     *            the server's data folder
     * @param name
     *            the server's name
     * @param agents
     *            how many agents the fleet registers
     * @param fleetArgs
     *            more fleet options, e.g. {@code --interval 1}
     * @return a start of a named server on the embedded database and a fleet that has registered all its agents, its
     *         state in a folder beside the server's ({@code <serverFolder>-fleet})
     */
    public static Callable<ServerWithFleet> starting(Path serverFolder, String name, int agents, String... fleetArgs) {
        Path fleetFolder = serverFolder.resolveSibling(serverFolder.getFileName() + "-fleet");
        return () -> withFleet(TestServer.start(serverFolder, "--name", name),
                server -> TestFleet.start(fleetFolder, server.uri(), server.fingerprint(), agents, fleetArgs));
    }

    /**
     * @param server
     *            a started server
     * @param fleet
     *            starts its fleet
     * @return both
     * @throws Exception
     *             if the fleet cannot be started, after the server was stopped
     */
    public static ServerWithFleet withFleet(TestServer server, FleetStart fleet) throws Exception {
        try {
            return new ServerWithFleet(server, fleet.start(server));
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** Starts the fleet of a server. */
    @FunctionalInterface
    public interface FleetStart {

        /**
         * @param server
         *            the started server
         * @return its started fleet
         * @throws Exception
         *             if it cannot be started
         */
        TestFleet start(TestServer server) throws Exception;
    }

    /** Stops the fleet, then the server. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            fleet.close();
        } finally {
            server.close();
        }
    }
}
