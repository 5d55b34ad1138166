package io.bulwark.client.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.EventListener;
import io.bulwark.client.EventSubscription;
import io.bulwark.client.ServerException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.StreamReset;

/**
 * One subscription to a server's event stream ({@code text/event-stream}) on a thread of its own: reads the events as
 * they come, hands them to the listener, and when the stream breaks or the server ends it (a restart, a stop, a
 * listener that fell behind) connects again after a growing delay, sending the last event id it saw in
 * {@code Last-Event-ID}. Closing it aborts the open request through the same cancellation path as any call.
 */
public final class EventStreamConnection implements EventSubscription, Runnable {

    private static final String LAST_EVENT_ID = "Last-Event-ID"; //$NON-NLS-1$
    private static final String RESET = "reset"; //$NON-NLS-1$
    /** The server sends a comment every 15 s; three missed ones mean the connection is dead. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(45);
    private static final long FIRST_DELAY_MILLIS = 250;
    private static final long MAX_DELAY_MILLIS = 15_000;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(EventStreamConnection.class.getName());

    private final ApiCaller caller;
    private final EventListener listener;
    private final NullProgressMonitor closing = new NullProgressMonitor();
    private final Object pause = new Object();
    private final Thread thread;
    private volatile String lastEventId;
    private volatile boolean connected;
    private volatile boolean closed;
    private long retryHintMillis;

    /**
     * Starts the subscription.
     *
     * @param caller
     *            the server's caller (session, trust, cancellation)
     * @param lastEventId
     *            the id to resume after, or {@code null} for changes from now on
     * @param listener
     *            receives the events
     */
    public EventStreamConnection(ApiCaller caller, String lastEventId, EventListener listener) {
        this.caller = caller;
        this.listener = listener;
        this.lastEventId = lastEventId;
        this.thread = new Thread(this, "bulwark-events " + caller.address()); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String lastEventId() {
        return lastEventId;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!closed) {
            Call call = Call.get(ApiPaths.EVENTS).accepting("text/event-stream").withTimeout(READ_TIMEOUT).once(); //$NON-NLS-1$
            String resumeAfter = lastEventId;
            if (resumeAfter != null) {
                call = call.withHeader(LAST_EVENT_ID, resumeAfter);
            }
            ServerException cause;
            try {
                caller.send(call, this::readEvents, closing);
                cause = new ServerUnreachableException(NLS.bind(Messages.EventStream_ended, caller.address()), null);
            } catch (ServerException e) {
                cause = e;
            } catch (OperationCanceledException e) {
                break;
            }
            boolean wasConnected = connected;
            connected = false;
            if (closed) {
                break;
            }
            failures = wasConnected ? 0 : failures + 1;
            notifyDisconnected(cause);
            await(delay(failures));
        }
        connected = false;
    }

    private Void readEvents(Answer answer) throws IOException {
        connected = true;
        listener.onConnected();
        BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8));
        String id = null;
        String kind = null;
        StringBuilder data = new StringBuilder();
        for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    dispatch(id, kind, data.toString());
                } else if (id != null) {
                    // An id without an event (the server's first line): resume from there, as SSE says.
                    lastEventId = id;
                }
                id = null;
                kind = null;
                data.setLength(0);
            } else if (!line.startsWith(":")) { //$NON-NLS-1$
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1); //$NON-NLS-1$
                if (value.startsWith(" ")) { //$NON-NLS-1$
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value; //$NON-NLS-1$
                    case "event" -> kind = value; //$NON-NLS-1$
                    case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    case "retry" -> retryHintMillis = parseRetry(value, retryHintMillis); //$NON-NLS-1$
                    default -> {
                        // fields this client does not know are ignored, as SSE requires
                    }
                }
            }
        }
        return null;
    }

    private void dispatch(String id, String kind, String data) {
        byte[] json = data.getBytes(StandardCharsets.UTF_8);
        try {
            if (RESET.equals(kind)) {
                listener.onReset(ApiCaller.JSON.read(json, StreamReset.class));
            } else {
                listener.onEvent(ApiCaller.JSON.read(json, ChangeEvent.class));
            }
        } catch (RuntimeException e) {
            // One unreadable event or failing listener must not stop the others from arriving.
            LOG.log(Level.ERROR, NLS.bind(Messages.EventStream_listenerFailed, caller.address(), id), e);
        }
        if (id != null) {
            lastEventId = id;
        }
    }

    private void notifyDisconnected(ServerException cause) {
        try {
            listener.onDisconnected(cause);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, NLS.bind(Messages.EventStream_listenerFailed, caller.address(), lastEventId), e);
        }
    }

    private long delay(int failures) {
        long backoff = FIRST_DELAY_MILLIS << Math.min(Math.max(failures - 1, 0), 10);
        return Math.min(MAX_DELAY_MILLIS, Math.max(backoff, retryHintMillis));
    }

    private static long parseRetry(String value, long previous) {
        try {
            long millis = Long.parseLong(value.strip());
            return millis >= 0 ? Math.min(millis, MAX_DELAY_MILLIS) : previous;
        } catch (NumberFormatException e) {
            return previous;
        }
    }

    private void await(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (pause) {
            try {
                for (long left = millis; left > 0 && !closed; left = (deadline - System.nanoTime()) / 1_000_000) {
                    pause.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closing.setCanceled(true);
        synchronized (pause) {
            pause.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
