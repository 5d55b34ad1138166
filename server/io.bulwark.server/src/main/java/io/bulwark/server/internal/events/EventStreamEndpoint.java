package io.bulwark.server.internal.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Endpoint;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code GET /api/v1/events}: the event stream of every change, for any logged-in account, resumable with
 * {@code Last-Event-ID}.
 * <p>
 * Each open stream holds one thread of the HTTP connector's pool for as long as it is open, so the number of streams is
 * capped at {@link #MAX_STREAMS}, far below the pool's size (200 threads): one more gets a 503 {@code unavailable} with
 * {@code Retry-After}, and ordinary requests always find a thread. A console needs one stream per server.
 * <p>
 * A client that goes away without closing is noticed when a write to it fails: the operating system accepts the first
 * write after the peer is gone, so this takes up to two keep-alive intervals (30 seconds), during which its slot stays
 * taken.
 */
public final class EventStreamEndpoint implements Endpoint, AutoCloseable {

    /** How many event streams may be open at once. */
    public static final int MAX_STREAMS = 64;

    private static final String LAST_EVENT_ID = "Last-Event-ID"; //$NON-NLS-1$
    private static final int RETRY_AFTER_SECONDS = 10;

    private final ChangeFeed feed;
    private final WireJson json;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param feed
     *            the changes to stream
     * @param json
     *            writes the events' data
     */
    public EventStreamEndpoint(ChangeFeed feed, WireJson json) {
        this.feed = feed;
        this.json = json;
    }

    /**
     * @param routes
     *            receives the event stream's route
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.EVENTS, Access.SESSION, this); //$NON-NLS-1$
    }

    @Override
    public ApiReply handle(ApiRequest request) throws Exception {
        long lastEventId = lastEventId(request);
        if (closed) {
            throw unavailable("The server is stopping; reconnect to it once it is back"); //$NON-NLS-1$
        }
        if (count.incrementAndGet() > MAX_STREAMS) {
            count.decrementAndGet();
            throw unavailable("This server already serves " + MAX_STREAMS + " event streams; try again later"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        EventStream[] stream = new EventStream[1];
        stream[0] = new EventStream(feed, lastEventId, json, () -> {
            open.remove(stream[0]);
            count.decrementAndGet();
        });
        open.add(stream[0]);
        if (closed) {
            stream[0].end();
        }
        return new ApiReply(200, stream[0], Map.of("X-Accel-Buffering", "no")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static long lastEventId(ApiRequest request) throws ApiException {
        Optional<String> header = request.header(LAST_EVENT_ID);
        if (header.isEmpty() || header.get().isBlank()) {
            return -1;
        }
        try {
            long id = Long.parseLong(header.get().strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(LAST_EVENT_ID, LAST_EVENT_ID + " must be the id of an event this server sent, was \"" //$NON-NLS-1$
                + header.get() + "\""); //$NON-NLS-1$
    }

    private static ApiException unavailable(String message) {
        return new ApiException(503, ApiError.of(ErrorCodes.UNAVAILABLE, message),
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))); //$NON-NLS-1$
    }

    /** Ends every open stream and refuses new ones; called before the server closes its port. */
    @Override
    public void close() {
        closed = true;
        for (EventStream stream : open) {
            stream.end();
        }
    }
}
