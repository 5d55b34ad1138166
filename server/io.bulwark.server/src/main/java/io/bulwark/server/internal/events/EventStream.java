package io.bulwark.server.internal.events;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.StreamReset;
import io.bulwark.server.internal.http.StreamedBody;

/**
 * One client's event stream ({@code text/event-stream}): the changes of the {@link ChangeFeed} from the client's
 * {@code Last-Event-ID} on, each written and flushed as an SSE event with {@code id} (the sequence), {@code event} (the
 * kind) and {@code data} (the {@link ChangeEvent} as JSON), and a comment every {@link #KEEP_ALIVE} so that idle
 * connections stay open and a client that went away is noticed. A client that sent no {@code Last-Event-ID} first gets
 * an {@code id} without an event, the sequence it subscribed at, so that it can resume from there even if it loses the
 * stream before any change reached it.
 * <p>
 * The feed hands events over into a bounded queue without blocking; a client that falls {@link #CAPACITY} events behind
 * gets a {@code reset} event and the stream ends. The stream also ends when the client goes away (the next write fails)
 * or the server stops ({@link #end()}); in every case the subscription is cancelled when {@link #writeTo} returns.
 */
final class EventStream implements StreamedBody, Consumer<ChangeEvent> {

    /** How often an idle stream sends a comment. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** How many undelivered events a client may fall behind before it is cut off. */
    static final int CAPACITY = ChangeFeed.HISTORY + 1000;

    /** Tells clients how long to wait before reconnecting, in milliseconds. */
    private static final int RETRY_MILLIS = 2000;

    private static final ChangeEvent END = new ChangeEvent(-1, "", "", null, null); //$NON-NLS-1$ //$NON-NLS-2$

    private final ChangeFeed feed;
    private final long lastEventId;
    private final WireJson json;
    private final Runnable onEnd;
    private final BlockingQueue<ChangeEvent> queue = new LinkedBlockingQueue<>(CAPACITY);
    private volatile boolean overflowed;
    private volatile boolean ended;

    /**
     * @param feed
     *            the feed to subscribe to once the stream starts
     * @param lastEventId
     *            the last sequence the client saw, or {@code -1}
     * @param json
     *            writes the events' data
     * @param onEnd
     *            called once when the stream ends, whatever the reason
     */
    EventStream(ChangeFeed feed, long lastEventId, WireJson json, Runnable onEnd) {
        this.feed = feed;
        this.lastEventId = lastEventId;
        this.json = json;
        this.onEnd = onEnd;
    }

    @Override
    public String mediaType() {
        return "text/event-stream; charset=utf-8"; //$NON-NLS-1$
    }

    /** Called by the feed, under its lock: must not block. */
    @Override
    public void accept(ChangeEvent event) {
        if (!queue.offer(event)) {
            overflowed = true;
        }
    }

    /** Ends the stream soon, e.g. because the server stops; the client may reconnect to a restarted server. */
    void end() {
        ended = true;
        queue.offer(END);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException, InterruptedException {
        try {
            write(out, "retry: " + RETRY_MILLIS + "\n: changes of this server\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            ChangeFeed.Subscription subscription = feed.subscribe(lastEventId, this);
            if (!subscription.complete()) {
                reset(out, subscription.position(), StreamReset.MISSED, "Events after " + lastEventId //$NON-NLS-1$
                        + " are no longer kept (or came from an earlier run of the server); reload everything"); //$NON-NLS-1$
            } else if (lastEventId < 0) {
                // An id without an event: a client that reconnects before any change reached it resumes from here,
                // and learns what it missed meanwhile, instead of going on from whenever it reconnected.
                write(out, "id: " + subscription.position() + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            while (!ended) {
                ChangeEvent event = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
                if (overflowed) {
                    reset(out, -1, StreamReset.BEHIND,
                            "This stream fell more than " + CAPACITY //$NON-NLS-1$
                                    + " events behind; reload everything and reconnect"); //$NON-NLS-1$
                    return;
                }
                if (event == null) {
                    write(out, ": keep-alive\n\n"); //$NON-NLS-1$
                } else if (event != END) {
                    write(out, "id: " + event.sequence() + "\nevent: " + event.kind() + "\ndata: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + new String(json.write(event), StandardCharsets.UTF_8) + "\n\n"); //$NON-NLS-1$
                }
            }
        } finally {
            feed.unsubscribe(this);
            onEnd.run();
        }
    }

    private void reset(OutputStream out, long id, String reason, String message) throws IOException {
        String data = new String(json.write(new StreamReset(reason, message)), StandardCharsets.UTF_8);
        write(out, (id >= 0 ? "id: " + id + "\n" : "") + "event: reset\ndata: " + data + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
