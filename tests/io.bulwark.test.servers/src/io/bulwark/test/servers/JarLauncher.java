package io.bulwark.test.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts runnable jars with the JDK named by {@code bulwark.java} and finds them through system properties, failing
 * with a message that says what to build when something is missing.
 */
final class JarLauncher {

    /** The system property naming the JDK (its home folder) that runs the server and the fleet. */
    static final String JAVA_PROPERTY = "bulwark.java";
    static final String JVM_OPTIONS_PROPERTY = "bulwark.test.jvmOptions";

    /** The system property naming the folder for the processes' log files. */
    static final String LOGS_PROPERTY = "bulwark.test.logs";

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final AtomicInteger STARTED = new AtomicInteger();

    private JarLauncher() {
    }

    /**
     * @param property
     *            the system property naming the jar
     * @param module
     *            the reactor module that builds it, for the message
     * @return the jar
     * @throws IllegalStateException
     *             if the property is missing or the jar does not exist
     */
    static Path jar(String property, String module) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " must name the runnable jar built by "
                    + module + "; the root pom passes it to tycho-surefire");
        }
        Path jar = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build " + module
                    + " first (include it in the same Maven run, before the test modules, e.g. -pl ...," + module
                    + ",...)");
        }
        return jar;
    }

    static Path java() {
        String home = System.getProperty(JAVA_PROPERTY, System.getProperty("java.home"));
        Path java = Path.of(home, "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("No Java at " + java + "; set " + JAVA_PROPERTY + " to a JDK 21+ home");
        }
        return java;
    }

    /**
     * @return the options of the system property {@value #JVM_OPTIONS_PROPERTY}, separated by spaces, that every
     *         started jar gets before {@code -jar}; the root pom sets it so that the many short-lived servers of a test
     *         run compile with C1 only, which halves the CPU time of their start
     */
    static List<String> jvmOptions() {
        String options = System.getProperty(JVM_OPTIONS_PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    static Process start(Path jar, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static ProcessOutput drain(Process process, String kind) throws IOException {
        Path log = logFolder().resolve(kind + "-" + STARTED.incrementAndGet() + "-" + process.pid() + ".log");
        return ProcessOutput.drain(process.getInputStream(), log, kind + "-output-" + process.pid());
    }

    /**
     * Ends a process: politely (SIGTERM) or not ({@code kill -9}), then waits for it.
     *
     * @return its exit status
     */
    static int end(Process process, boolean forcibly, ProcessOutput output) throws IOException, InterruptedException {
        // Through the handle: Process.destroy() would also close our end of its output.
        if (forcibly) {
            process.toHandle().destroyForcibly();
        } else {
            process.toHandle().destroy();
        }
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("The process did not end within " + STOP_TIMEOUT + "; output:\n" + output.text());
        }
        output.awaitEnd(STOP_TIMEOUT);
        return process.exitValue();
    }

    private static Path logFolder() throws IOException {
        String configured = System.getProperty(LOGS_PROPERTY);
        Path folder = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "bulwark-test-logs");
        return Files.createDirectories(folder);
    }
}
