package io.bulwark.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A runnable jar started as a real process with the Java that runs the tests, its output drained to a log file.
 *
 * @param process
 *            the process
 * @param output
 *            its merged stdout and stderr
 */
public record JarProcess(Process process, ProcessOutput output) {

    /** The system property holding the JVM options of the processes tests start. */
    public static final String JVM_OPTIONS_PROPERTY = "bulwark.test.jvmOptions";

    /**
     * How a process ended.
     *
     * @param exitStatus
     *            its exit status
     * @param output
     *            everything it printed (stdout and stderr)
     */
    public record Result(int exitStatus, String output) {
    }

    /**
     * @param jar
     *            the runnable jar
     * @param args
     *            its command line
     * @param kind
     *            a short name for the log file, e.g. {@code server}
     * @return the started process
     * @throws IOException
     *             if it cannot be started
     */
    public static JarProcess launch(Path jar, List<String> args, String kind) throws IOException {
        return launch(jar, args, Map.of(), kind);
    }

    /**
     * @param jar
     *            the runnable jar
     * @param args
     *            its command line
     * @param environment
     *            variables to add to the inherited environment, e.g. a database password
     * @param kind
     *            a short name for the log file, e.g. {@code server}
     * @return the started process
     * @throws IOException
     *             if it cannot be started
     */
    public static JarProcess launch(Path jar, List<String> args, Map<String, String> environment, String kind)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Path log = ServerProcess.logFolder()
                .resolve(kind + "-" + ServerProcess.nextNumber() + "-" + process.pid() + ".log");
        return new JarProcess(process, ProcessOutput.drain(process.getInputStream(), log, kind + "-output"));
    }

    /**
     * The options every process started by a test gets before {@code -jar}: those of the system property
     * {@value #JVM_OPTIONS_PROPERTY}, separated by spaces. The root pom sets it so that the many short-lived servers of
     * a test run compile with C1 only, which halves the CPU time of their start.
     *
     * @return the options, none when the property is absent
     */
    public static List<String> jvmOptions() {
        String options = System.getProperty(JVM_OPTIONS_PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /**
     * @param property
     *            a system property naming a jar
     * @return the jar's path
     * @throws IllegalStateException
     *             if the property is missing or the jar does not exist
     */
    public static Path jarFromProperty(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " must name the runnable jar");
        }
        Path jar = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; build it with Maven (package) first");
        }
        return jar;
    }

    /**
     * Waits for the process to end by itself.
     *
     * @param timeout
     *            how long at most; then the process is killed
     * @return its exit status and output
     * @throws IOException
     *             if it does not end in time
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public Result awaitExit(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("The process did not end within " + timeout + "; output:\n" + output.text());
        }
        return new Result(process.exitValue(), output.awaitEnd(timeout));
    }
}
