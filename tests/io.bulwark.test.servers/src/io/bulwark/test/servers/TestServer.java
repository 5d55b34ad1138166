package io.bulwark.test.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Bulwark management server running as a real process from {@code bulwark-server.jar}, on a free port of 127.0.0.1,
 * with H2 in its data folder unless the arguments say otherwise.
 * <p>
 * {@link #start} returns once the server printed its URL (and, over HTTPS, its certificate fingerprint). It can be
 * stopped gracefully ({@link #stop()}, SIGTERM), killed ({@link #kill()}, {@code kill -9}) and started again on the
 * same port and data folder ({@link #restart()}), so tests see what clients see when a real server goes away and comes
 * back. {@link #close()} kills it if it still runs.
 */
public final class TestServer implements AutoCloseable {

    /**
     * PBKDF2 iterations of a test server's password hashes unless the arguments name some: test servers create and
     * check passwords on every start and login, and the recommended count costs a second of CPU each time.
     */
    public static final String PASSWORD_HASH_ITERATIONS = "1000";

    /** The root password a server gets unless the arguments name one. */
    public static final String ROOT_PASSWORD = "root-password-1";

    /**
     * How long a server may take to start: a deadline, not a wait. It starts in seconds on a quiet machine; with the
     * machine's two cores shared by several test JVMs, starts of more than a minute have been seen.
     */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final String LISTENING = "listening on ";
    private static final String FINGERPRINT = "certificate fingerprint SHA-256 ";

    private final Path dataFolder;
    private final List<String> args;
    private final String rootPassword;
    private final boolean http;
    private Process process;
    private ProcessOutput output;
    private URI uri;
    private String fingerprint;

    private TestServer(Path dataFolder, List<String> args, String rootPassword) {
        this.dataFolder = dataFolder;
        this.args = args;
        this.rootPassword = rootPassword;
        this.http = args.contains("--http");
    }

    /**
     * Starts a server on a free port.
     *
     * @param dataFolder
     *            its data folder (certificate, H2 database)
     * @param args
     *            further options, e.g. {@code --http} or {@code --name}; {@code --root-password} defaults to
     *            {@link #ROOT_PASSWORD}
     * @return the running server
     * @throws IOException
     *             if it cannot be started or does not come up in time, with its output
     * @throws InterruptedException
     *             if interrupted while waiting
     * @throws IllegalStateException
     *             if the jar or the JDK cannot be found
     */
    public static TestServer start(Path dataFolder, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        int given = all.indexOf("--root-password");
        String password;
        if (given >= 0 && given + 1 < all.size()) {
            password = all.get(given + 1);
        } else {
            password = ROOT_PASSWORD;
            all.addAll(List.of("--root-password", password));
        }
        if (!all.contains("--password-hash-iterations")) {
            all.addAll(List.of("--password-hash-iterations", PASSWORD_HASH_ITERATIONS));
        }
        TestServer server = new TestServer(dataFolder, List.copyOf(all), password);
        server.launch(0);
        return server;
    }

    private void launch(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("--port", Integer.toString(port), "--data", dataFolder.toString()));
        command.addAll(args);
        Process started = JarLauncher.start(JarLauncher.jar("bulwark.server.jar", "server/io.bulwark.server"),
                command);
        ProcessOutput drained = JarLauncher.drain(started, "server");
        Optional<String> listening = drained.awaitLine(line -> line.startsWith(LISTENING), 0, START_TIMEOUT);
        Optional<String> printed = http
                ? Optional.of("")
                : drained.awaitLine(line -> line.startsWith(FINGERPRINT), 0, START_TIMEOUT);
        if (listening.isEmpty() || printed.isEmpty()) {
            started.destroyForcibly();
            throw new IOException("The server did not print its URL" + (http ? "" : " and fingerprint") + " within "
                    + START_TIMEOUT + "; output:\n" + drained.awaitEnd(JarLauncher.STOP_TIMEOUT));
        }
        process = started;
        output = drained;
        uri = URI.create(listening.get().substring(LISTENING.length()).strip());
        fingerprint = http ? null : printed.get().substring(FINGERPRINT.length()).strip();
    }

    /** @return the URL the server printed, e.g. {@code https://127.0.0.1:43125} */
    public URI uri() {
        return uri;
    }

    /** @return the port it listens on; a {@link #restart()} keeps it */
    public int port() {
        return uri.getPort();
    }

    /** @return the SHA-256 fingerprint it printed (colon-separated hex), or {@code null} over plain HTTP */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the root account's password */
    public String rootPassword() {
        return rootPassword;
    }

    /** @return its data folder */
    public Path dataFolder() {
        return dataFolder;
    }

    /** @return whether it still runs */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** @return everything the current run printed so far */
    public String output() {
        return output == null ? "" : output.text();
    }

    /**
     * Asks the server to stop (SIGTERM) and waits until it has.
     *
     * @return its exit status
     * @throws IOException
     *             if it does not stop in time (it is then killed)
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public int stop() throws IOException, InterruptedException {
        return JarLauncher.end(process, false, output);
    }

    /**
     * Kills the server without warning ({@code kill -9}).
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

    /**
     * Starts the server again on the same port and data folder, after a {@link #stop()} or {@link #kill()} (a running
     * server is stopped first). Its certificate, and so its fingerprint, stays the same.
     *
     * @throws IOException
     *             if it cannot be started or does not come up in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public void restart() throws IOException, InterruptedException {
        if (isRunning()) {
            stop();
        }
        launch(port());
    }

    /** Kills the server if it still runs, so no test leaves a process behind. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (isRunning()) {
            kill();
        }
    }
}
