package io.bulwark.test.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The materialised console product running as a real process: the console ({@link #console}), or a headless application
 * of it, started the way the {@code bulwark} launcher starts it: the product's {@code bulwark-console} script with the
 * options {@code -application ID}, {@code -data @none} and {@code -nosplash}, then the application's arguments, Java
 * named by {@code BULWARK_JAVA}. {@code ./bulwark move} is {@code io.bulwark.core.move} started so. The script hands
 * its process over to the JVM ({@code exec}), so the process is the application itself; {@link #kill()} still kills
 * anything it started first.
 */
public final class ProductApplication implements AutoCloseable {

    /** The system property naming the materialised product's folder (the one holding {@code bulwark-console}). */
    public static final String PRODUCT_PROPERTY = "bulwark.product";

    private static final String SCRIPT = "bulwark-console";

    private final Process process;
    private final ProcessOutput output;

    private ProductApplication(Process process, ProcessOutput output) {
        this.process = process;
        this.output = output;
    }

    /**
     * Starts an application of the product.
     *
     * @param application
     *            its id, e.g. {@code io.bulwark.core.move}
     * @param environment
     *            variables to add to this process's environment, e.g. passwords the application reads
     * @param args
     *            its arguments
     * @return the running application
     * @throws IOException
     *             if it cannot be started
     * @throws IllegalStateException
     *             if the product or the JDK cannot be found
     */
    public static ProductApplication start(String application, Map<String, String> environment, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("-application", application, "-data", "@none", "-nosplash"));
        command.addAll(args);
        return launch(command, environment, application);
    }

    /**
     * Starts the console itself, its window on the display this process has ({@code DISPLAY}), as
     * {@code ./bulwark console} starts it.
     *
     * @param workspace
     *            its workspace ({@code -data}): its server registry, secure storage and layout
     * @param environment
     *            variables to add to this process's environment: the start-up list, password files, move journal
     * @return the running console
     * @throws IOException
     *             if it cannot be started
     * @throws IllegalStateException
     *             if the product or the JDK cannot be found, or there is no display
     */
    public static ProductApplication console(Path workspace, Map<String, String> environment) throws IOException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            throw new IllegalStateException("The console needs a display: run the tests as ./bulwark test does, under"
                    + " Xvfb when there is no DISPLAY");
        }
        return launch(List.of("-data", workspace.toString(), "-nosplash"), environment, "console");
    }

    private static ProductApplication launch(List<String> args, Map<String, String> environment, String name)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BULWARK_JAVA", JarLauncher.java().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ProductApplication(process, JarLauncher.drain(process, name));
    }

    private static Path script() {
        String value = System.getProperty(PRODUCT_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + PRODUCT_PROPERTY
                    + " must name the console product materialised by the module product; the root pom passes it to"
                    + " tycho-surefire");
        }
        Path script = Path.of(value).toAbsolutePath().normalize().resolve(SCRIPT);
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " does not exist: build the product first (include it in the same"
                    + " Maven run, before the test modules: -pl ...,bundles/io.bulwark.ui,"
                    + "features/io.bulwark.console.feature,product,...)");
        }
        return script;
    }

    /** @return its process id */
    public long pid() {
        return process.pid();
    }

    /** @return everything it printed so far, standard output and error merged */
    public String output() {
        return output.text();
    }

    /**
     * Waits until the application ends by itself.
     *
     * @param timeout
     *            how long at most
     * @return its exit status
     * @throws IOException
     *             if it does not end in time (it is then killed), with its output
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public int awaitExit(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IOException("The application did not end within " + timeout + "; output:\n" + output.text());
        }
        output.awaitEnd(JarLauncher.STOP_TIMEOUT);
        return process.exitValue();
    }

    /**
     * Kills the application without warning ({@code kill -9}), with any process it started, and waits until it died.
     *
     * @return its exit status: 137 (128 + SIGKILL) unless it had ended already
     * @throws IOException
     *             if it does not die in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public int kill() throws IOException, InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        return JarLauncher.end(process, true, output);
    }

    /** Kills the application if it still runs, so no test leaves a process behind. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
