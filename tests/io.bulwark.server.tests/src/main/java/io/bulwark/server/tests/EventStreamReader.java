package io.bulwark.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a server's event stream ({@code GET /api/v1/events}, {@code text/event-stream}) as a console would: parses the
 * SSE fields of each event on a thread of its own, so a test waits for the event it expects with a deadline, never a
 * sleep.
 */
public final class EventStreamReader implements AutoCloseable {

    /**
     * One server-sent event.
     *
     * @param id
     *            its {@code id:} field, or {@code null}
     * @param event
     *            its {@code event:} field
     * @param data
     *            its {@code data:} field
     */
    public record Event(String id, String event, String data) {
    }

    private static final Event END = new Event(null, null, null);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private volatile boolean ended;
    private final CompletableFuture<String> startId = new CompletableFuture<>();

    private EventStreamReader(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Opens the stream; returns once the server answered with its status and headers.
     *
     * @param session
     *            a logged-in session
     * @param lastEventId
     *            the {@code Last-Event-ID} to send, or {@code null}
     * @return the open stream (check {@link #status()})
     * @throws Exception
     *             on a transport failure
     */
    public static EventStreamReader open(AdminSession session, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri("/api/v1/events")).GET()
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + session.token());
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStreamReader(session.client().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** @return the response's status */
    public int status() {
        return response.statusCode();
    }

    /** @return the response, for its headers */
    public HttpResponse<InputStream> response() {
        return response;
    }

    /**
     * @param timeout
     *            how long to wait at most
     * @return the id the server sent without an event, where a stream opened without {@code Last-Event-ID} starts
     * @throws Exception
     *             if none came in time
     */
    public String startId(Duration timeout) throws Exception {
        return startId.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * @param match
     *            the event to wait for; events before it are skipped
     * @param timeout
     *            how long to wait at most
     * @return the first matching event
     * @throws InterruptedException
     *             if interrupted while waiting
     * @throws AssertionError
     *             if the stream ended or the time passed without one
     */
    public Event await(Predicate<Event> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("No matching event within " + timeout);
            }
            if (event == END) {
                events.add(END);
                throw new AssertionError("The stream ended before a matching event arrived");
            }
            if (match.test(event)) {
                return event;
            }
        }
    }

    /**
     * @param timeout
     *            how long to wait at most
     * @return the next event, or empty if none arrived in time or the stream ended
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public Optional<Event> next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == END) {
            events.add(END);
            return Optional.empty();
        }
        return Optional.ofNullable(event);
    }

    /**
     * @param timeout
     *            how long to wait at most
     * @return whether the server ended the stream within that time (later events are skipped)
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == END) {
                events.add(END);
                return true;
            }
            if (event == null) {
                return ended;
            }
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || event != null) {
                        events.add(new Event(id, event == null ? "message" : event,
                                data == null ? "" : data.toString()));
                    } else if (id != null) {
                        startId.complete(id);
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = field(line);
                } else if (line.startsWith("event:")) {
                    event = field(line);
                } else if (line.startsWith("data:")) {
                    data = data == null ? new StringBuilder() : data.append('\n');
                    data.append(field(line));
                }
            }
        } catch (IOException e) {
            // the stream was closed, by the server or by close()
        } finally {
            ended = true;
            events.add(END);
        }
    }

    private static String field(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    /** Closes the connection. */
    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
