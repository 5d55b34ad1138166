package io.bulwark.fleet.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.bulwark.server.tests.JarProcess;

/**
 * The fleet simulator's jar running as a real process: started, watched through the lines it prints, stopped with
 * SIGTERM like an administrator's Ctrl-C, and killed if a test leaves it running.
 */
final class FleetProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final JarProcess jar;

    private FleetProcess(JarProcess jar) {
        this.jar = jar;
    }

    static FleetProcess start(String... args) throws IOException {
        return new FleetProcess(
                JarProcess.launch(JarProcess.jarFromProperty("bulwark.fleet.jar"), List.of(args), "fleet"));
    }

    /**
     * @param prefix
     *            how the line starts
     * @param timeout
     *            how long at most
     * @return the line
     * @throws AssertionError
     *             with the output so far if the line does not come in time
     */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        return jar.output().awaitLine(line -> line.startsWith(prefix), timeout).orElseThrow(
                () -> new AssertionError("The fleet printed no line starting with \"" + prefix + "\" within " + timeout
                        + "; output:\n" + jar.output().text()));
    }

    String output() {
        return jar.output().text();
    }

    /** @return the exit status and output once it ended by itself */
    JarProcess.Result awaitExit(Duration timeout) throws IOException, InterruptedException {
        return jar.awaitExit(timeout);
    }

    /** Asks the fleet to stop (SIGTERM) and waits until it has; returns everything it printed. */
    String stop() throws IOException, InterruptedException {
        jar.process().toHandle().destroy();
        if (!jar.process().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            jar.process().destroyForcibly();
            throw new IOException("The fleet did not stop within " + STOP_TIMEOUT + "; output:\n" + output());
        }
        return jar.output().awaitEnd(STOP_TIMEOUT);
    }

    /** Kills the fleet without warning ({@code kill -9}): no shutdown hook runs, nothing is saved on the way out. */
    void kill() throws IOException, InterruptedException {
        jar.process().toHandle().destroyForcibly();
        if (!jar.process().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException("The fleet did not die within " + STOP_TIMEOUT);
        }
        jar.output().awaitEnd(STOP_TIMEOUT);
    }

    @Override
    public void close() {
        if (jar.process().isAlive()) {
            jar.process().destroyForcibly();
        }
    }
}
