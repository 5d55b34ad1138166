package io.bulwark.fleet.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.bulwark.server.tests.JarProcess;
import io.bulwark.server.tests.ServerProcess;

/**
 * A management server process that can be killed ({@code kill -9}) and started again on the same port and data folder,
 * as an administrator's server comes back after a crash: same address, same certificate, same database. Agents and
 * consoles that pinned it reach it again without being told anything.
 */
final class RestartableServer implements AutoCloseable {

    static final String ROOT_PASSWORD = "move-root-secret";

    /**
     * Seconds a relocating agent that keeps heartbeating its source has before the source rolls it back: shorter than
     * the default, so a test that loses a relocate command in a kill converges in seconds, long enough for a server
     * restart on a busy machine.
     */
    static final String RELOCATE_TIMEOUT_FLOOR = "30";

    private static final Duration START_TIMEOUT = ServerProcess.START_TIMEOUT;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final String LISTENING = "listening on ";
    private static final String FINGERPRINT = "certificate fingerprint SHA-256 ";

    private final Path dataFolder;
    private final String name;
    private JarProcess jar;
    private URI uri;
    private String fingerprint;

    private RestartableServer(Path dataFolder, String name) {
        this.dataFolder = dataFolder;
        this.name = name;
    }

    /**
     * Starts a server on a free port of 127.0.0.1 with H2 in its data folder.
     *
     * @param dataFolder
     *            its data folder
     * @param name
     *            its display name
     * @return the running server
     */
    static RestartableServer start(Path dataFolder, String name) throws IOException, InterruptedException {
        RestartableServer server = new RestartableServer(dataFolder, name);
        server.launch(0);
        return server;
    }

    private void launch(int port) throws IOException, InterruptedException {
        JarProcess started = JarProcess.launch(JarProcess.jarFromProperty("bulwark.server.jar"),
                List.of("--port", Integer.toString(port), "--data", dataFolder.toString(), "--name", name,
                        "--root-password", ROOT_PASSWORD, "--relocate-timeout-floor", RELOCATE_TIMEOUT_FLOOR,
                        "--password-hash-iterations", ServerProcess.PASSWORD_HASH_ITERATIONS),
                "server-" + name);
        Optional<String> listening = started.output().awaitLine(line -> line.startsWith(LISTENING), START_TIMEOUT);
        Optional<String> printed = started.output().awaitLine(line -> line.startsWith(FINGERPRINT), START_TIMEOUT);
        if (listening.isEmpty() || printed.isEmpty()) {
            started.process().destroyForcibly();
            throw new IOException("Server " + name + " did not print its URL and fingerprint within " + START_TIMEOUT
                    + "; output:\n" + started.output().awaitEnd(STOP_TIMEOUT));
        }
        jar = started;
        uri = URI.create(listening.get().substring(LISTENING.length()).strip());
        fingerprint = printed.get().substring(FINGERPRINT.length()).strip();
    }

    URI uri() {
        return uri;
    }

    String fingerprint() {
        return fingerprint;
    }

    String name() {
        return name;
    }

    /** @return what the current run printed so far */
    String output() {
        return jar.output().text();
    }

    /** Kills the server without warning ({@code kill -9}): no shutdown hook runs, nothing is flushed. */
    void kill() throws IOException, InterruptedException {
        jar.process().toHandle().destroyForcibly();
        if (!jar.process().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException("Server " + name + " did not die within " + STOP_TIMEOUT);
        }
        jar.output().awaitEnd(STOP_TIMEOUT);
    }

    /** Starts it again on the same port and data folder; its certificate, so its fingerprint, stays the same. */
    void restart() throws IOException, InterruptedException {
        if (jar.process().isAlive()) {
            kill();
        }
        String pinned = fingerprint;
        launch(uri.getPort());
        if (!pinned.equals(fingerprint)) {
            throw new IllegalStateException("Server " + name + " came back with another certificate");
        }
    }

    @Override
    public void close() throws IOException {
        if (jar != null && jar.process().isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while killing server " + name, e);
            }
        }
    }
}
