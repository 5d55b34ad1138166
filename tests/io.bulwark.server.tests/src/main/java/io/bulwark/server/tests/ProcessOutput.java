package io.bulwark.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drains a child process's output on a thread of its own (so the child never blocks on a full pipe), copies it to a log
 * file, and lets a test wait for a line without sleeping: waiting ends as soon as the line arrives, the output ends, or
 * the timeout passes.
 */
public final class ProcessOutput {

    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ProcessOutput() {
    }

    /**
     * @param output
     *            the process's merged stdout and stderr
     * @param log
     *            the file to copy it to
     * @param name
     *            a name for the draining thread
     * @return the drained output
     * @throws IOException
     *             if the log file cannot be created
     */
    public static ProcessOutput drain(InputStream output, Path log, String name) throws IOException {
        Files.createDirectories(log.getParent());
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        ProcessOutput drained = new ProcessOutput();
        Thread thread = new Thread(() -> drained.copy(output, writer), name);
        thread.setDaemon(true);
        thread.start();
        return drained;
    }

    private void copy(InputStream output, Writer log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                Writer writer = log) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(line);
                writer.write(System.lineSeparator());
                writer.flush();
                add(line);
            }
        } catch (IOException e) {
            add("[test harness: lost the rest of the output: " + e + "]");
        } finally {
            end();
        }
    }

    private synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    private synchronized void end() {
        ended = true;
        notifyAll();
    }

    /**
     * @param match
     *            which line to wait for
     * @param timeout
     *            how long to wait at most
     * @return the first matching line, or empty if the output ended or the time passed without one
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public synchronized Optional<String> awaitLine(Predicate<String> match, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> found = lines.stream().filter(match).findFirst();
            long remaining = deadline - System.nanoTime();
            if (found.isPresent() || ended || remaining <= 0) {
                return found;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
    }

    /**
     * @param timeout
     *            how long to wait at most for the output to end
     * @return every line so far, joined with newlines
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public synchronized String awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining = timeout.toNanos();
        while (!ended && remaining > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
            remaining = deadline - System.nanoTime();
        }
        return text();
    }

    /** @return every line so far, joined with newlines */
    public synchronized String text() {
        return String.join("\n", lines);
    }
}
