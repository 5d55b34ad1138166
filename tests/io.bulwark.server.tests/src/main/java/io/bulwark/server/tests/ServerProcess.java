package io.bulwark.server.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bulwark management server started from its runnable jar as a real operating-system process, for tests that must see
 * what an administrator sees: the printed URL and fingerprint, a graceful stop on SIGTERM, survival of {@code kill -9}.
 * <p>
 * The jar comes from the system property {@code bulwark.server.jar}; the process's output goes to a log file under
 * {@code bulwark.test.logs} (or the temporary folder). {@link #start} returns once the server printed its URL and
 * fingerprint, or fails with the output so far.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * How long a server may take to start: a deadline, not a wait; it starts in a few seconds on a quiet machine, but a
     * JVM started while both cores are busy with other test JVMs has been seen to need more than 30 seconds.
     */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /**
     * PBKDF2 iterations of a test server's password hashes unless the arguments name some: test servers create and
     * check passwords on every start and login, and the recommended count costs a second of CPU each time.
     */
    public static final String PASSWORD_HASH_ITERATIONS = "1000";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final String LISTENING = "listening on ";
    private static final String FINGERPRINT = "certificate fingerprint SHA-256 ";
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final Process process;
    private final ProcessOutput output;
    private final URI uri;
    private final String fingerprint;

    private ServerProcess(Process process, ProcessOutput output, URI uri, String fingerprint) {
        this.process = process;
        this.output = output;
        this.uri = uri;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts a server on a free port of 127.0.0.1 over HTTPS.
     *
     * @param dataFolder
     *            the server's data folder
     * @param extraArgs
     *            further command-line options, e.g. {@code --root-password}
     * @return the started server
     * @throws IOException
     *             if the process cannot be started or does not come up in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static ServerProcess start(Path dataFolder, String... extraArgs) throws IOException, InterruptedException {
        return start(dataFolder, TestDatabase.embedded(), extraArgs);
    }

    /**
     * Starts a server on a free port of 127.0.0.1 over HTTPS, keeping its data in the given database.
     *
     * @param dataFolder
     *            the server's data folder (its certificate, and with H2 its database)
     * @param database
     *            where the server keeps its data
     * @param extraArgs
     *            further command-line options, e.g. {@code --root-password}
     * @return the started server
     * @throws IOException
     *             if the process cannot be started or does not come up in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static ServerProcess start(Path dataFolder, TestDatabase database, String... extraArgs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--data", dataFolder.toString()));
        args.addAll(database.serverArgs());
        args.addAll(List.of(extraArgs));
        if (!args.contains("--password-hash-iterations")) {
            args.addAll(List.of("--password-hash-iterations", PASSWORD_HASH_ITERATIONS));
        }
        JarProcess jar = JarProcess.launch(serverJar(), args, database.serverEnvironment(), "server");
        Optional<String> listening = jar.output().awaitLine(line -> line.startsWith(LISTENING), START_TIMEOUT);
        Optional<String> fingerprint = jar.output().awaitLine(line -> line.startsWith(FINGERPRINT), START_TIMEOUT);
        if (listening.isEmpty() || fingerprint.isEmpty()) {
            jar.process().destroyForcibly();
            throw new IOException("The server did not print its URL and fingerprint within " + START_TIMEOUT
                    + "; output:\n" + jar.output().awaitEnd(STOP_TIMEOUT));
        }
        return new ServerProcess(jar.process(), jar.output(), URI.create(listening.get().substring(LISTENING.length())),
                fingerprint.get().substring(FINGERPRINT.length()));
    }

    /**
     * Runs the server jar with options that make it exit (bad options, {@code --help}) and returns its exit status and
     * output.
     *
     * @param args
     *            the command line
     * @return the exit status and output
     * @throws IOException
     *             if the process cannot be started or does not end in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static JarProcess.Result run(String... args) throws IOException, InterruptedException {
        return JarProcess.launch(serverJar(), List.of(args), "server").awaitExit(START_TIMEOUT);
    }

    static Path serverJar() {
        return JarProcess.jarFromProperty("bulwark.server.jar");
    }

    static int nextNumber() {
        return STARTED.incrementAndGet();
    }

    /** @return the URL the server printed, e.g. {@code https://127.0.0.1:43125} */
    public URI uri() {
        return uri;
    }

    /** @return the certificate fingerprint the server printed, colon-separated uppercase hex */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return everything the server printed so far */
    public String output() {
        return output.text();
    }

    /**
     * Asks the server to stop (SIGTERM) and waits until it has.
     *
     * @return the exit status
     * @throws InterruptedException
     *             if interrupted while waiting
     * @throws IOException
     *             if it does not stop in time (it is then killed)
     */
    public int stop() throws InterruptedException, IOException {
        // Through the process handle: Process.destroy() would also close our end of its output, losing what the
        // server prints while it stops.
        process.toHandle().destroy();
        return awaitExit();
    }

    /**
     * Kills the server without warning ({@code kill -9}): no shutdown hook runs, nothing is flushed.
     *
     * @return the exit status
     * @throws InterruptedException
     *             if interrupted while waiting
     * @throws IOException
     *             if the process does not die in time
     */
    public int kill() throws InterruptedException, IOException {
        process.toHandle().destroyForcibly();
        return awaitExit();
    }

    private int awaitExit() throws InterruptedException, IOException {
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("The server did not stop within " + STOP_TIMEOUT + "; output:\n" + output.text());
        }
        output.awaitEnd(STOP_TIMEOUT);
        return process.exitValue();
    }

    /**
     * Kills the server if it still runs, so no test leaves a process behind.
     *
     * @throws IOException
     *             if it does not die in time or the wait is interrupted
     */
    @Override
    public void close() throws IOException {
        if (!process.isAlive()) {
            return;
        }
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while killing the server", e);
        }
    }

    static Path logFolder() throws IOException {
        String configured = System.getProperty("bulwark.test.logs");
        Path folder = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "bulwark-test-logs");
        return Files.createDirectories(folder);
    }
}
