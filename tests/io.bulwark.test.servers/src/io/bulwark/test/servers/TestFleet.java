package io.bulwark.test.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fleet simulator running as a real process from {@code bulwark-fleet.jar}: {@code count} agents that register with
 * one server and keep sending heartbeats until the fleet is stopped or killed.
 */
public final class TestFleet implements AutoCloseable {

    /** How long a fleet may take to register its agents. */
    public static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final ProcessOutput output;
    private final Path stateFolder;

    private TestFleet(Process process, ProcessOutput output, Path stateFolder) {
        this.process = process;
        this.output = output;
        this.stateFolder = stateFolder;
    }

    /**
     * Starts a fleet that keeps its agents' identities in the given folder, so a second start reuses them.
     *
     * @param stateFolder
     *            the fleet's state folder
     * @param server
     *            the server's URL
     * @param fingerprint
     *            the server's certificate fingerprint, or {@code null} for plain HTTP
     * @param count
     *            how many agents
     * @param args
     *            further options
     * @return the running fleet
     * @throws IOException
     *             if it cannot be started or its agents do not all register in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static TestFleet start(Path stateFolder, URI server, String fingerprint, int count, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--server", server.toString(), "--agents",
                Integer.toString(count), "--state", stateFolder.toString()));
        if (fingerprint != null) {
            command.addAll(List.of("--server-fingerprint", fingerprint));
        }
        command.addAll(Arrays.asList(args));
        Process process = JarLauncher.start(JarLauncher.jar("bulwark.fleet.jar", "server/io.bulwark.fleet"), command);
        ProcessOutput output = JarLauncher.drain(process, "fleet");
        String registered = "all " + count + " agents registered";
        if (output.awaitLine(line -> line.startsWith(registered), 0, REGISTER_TIMEOUT).isEmpty()) {
            process.destroyForcibly();
            throw new IOException("The fleet did not register its " + count + " agents within " + REGISTER_TIMEOUT
                    + "; output:\n" + output.awaitEnd(JarLauncher.STOP_TIMEOUT));
        }
        return new TestFleet(process, output, stateFolder);
    }

    /** @return the folder holding the agents' identities */
    public Path stateFolder() {
        return stateFolder;
    }

    /** @return everything the fleet printed so far */
    public String output() {
        return output.text();
    }

    /**
     * Stops the fleet (SIGTERM) and waits until it has.
     *
     * @return its exit status
     * @throws IOException
     *             if it does not stop in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public int stop() throws IOException, InterruptedException {
        return JarLauncher.end(process, false, output);
    }

    /**
     * Kills the fleet ({@code kill -9}): its agents fall silent at once.
     *
     * @return its exit status
     * @throws IOException
     *             if it does not die in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public int kill() throws IOException, InterruptedException {
        return JarLauncher.end(process, true, output);
    }

    /** Kills the fleet if it still runs. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
