package io.bulwark.test.servers;

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
 * The merged output of a child process, drained on a thread of its own so the child never blocks on a full pipe, copied
 * to a log file, and searchable by tests that wait for a line: a wait ends when the line arrives, the output ends or
 * the time runs out, never by sleeping.
 */
public final class ProcessOutput {

    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ProcessOutput() {
    }

    static ProcessOutput drain(InputStream output, Path log, String threadName) throws IOException {
        Files.createDirectories(log.getParent());
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        ProcessOutput drained = new ProcessOutput();
        Thread thread = new Thread(() -> drained.copy(output, writer), threadName);
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
            add("[test fixture: lost the rest of the output: " + e + "]");
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
     *            the line to wait for
     * @param from
     *            how many lines to skip, e.g. those of an earlier run
     * @param timeout
     *            how long to wait at most
     * @return the first matching line after {@code from}, or empty if the output ended or the time ran out
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public synchronized Optional<String> awaitLine(Predicate<String> match, int from, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> found = lines.subList(Math.min(from, lines.size()), lines.size()).stream().filter(match)
                    .findFirst();
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
     * @return every line so far
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

    /** @return how many lines arrived so far */
    public synchronized int lineCount() {
        return lines.size();
    }

    /** @return every line so far, joined with newlines */
    public synchronized String text() {
        return String.join("\n", lines);
    }
}
