package io.bulwark.server.internal.events;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.bulwark.protocol.admin.ChangeEvent;

/**
 * Every change the server makes, numbered in order, for the event stream. Keeps the most recent events so that a
 * console that reconnects with {@code Last-Event-ID} receives what it missed; one that fell further behind is told to
 * reload.
 * <p>
 * Sequence numbers start from the clock's milliseconds times 1000 at each start of the server, so numbers of a later
 * run are larger than those of an earlier one (unless a run made a thousand changes per millisecond on average): a
 * console that reconnects across a restart presents an older number than the feed kept, and is told to reload.
 * <p>
 * Publishers call {@link #publish} only after the change is committed. Subscribers are called on the publisher's thread
 * and must hand events off without blocking.
 */
public final class ChangeFeed {

    /** How many past events are kept for reconnecting subscribers. */
    public static final int HISTORY = 10_000;

    private static final long SEQUENCES_PER_MILLISECOND = 1000;

    /**
     * The outcome of a subscription.
     *
     * @param complete
     *            whether the subscriber missed nothing: every event after the one it asked to continue from was still
     *            kept and has been replayed; {@code false} means nothing was replayed and it must reload everything
     * @param position
     *            the sequence of the latest event at the moment of subscribing; the subscriber receives every later one
     */
    public record Subscription(boolean complete, long position) {
    }

    private final Clock clock;
    private final Deque<ChangeEvent> history = new ArrayDeque<>();
    private final List<Consumer<ChangeEvent>> subscribers = new CopyOnWriteArrayList<>();
    private long lastSequence;

    /**
     * @param clock
     *            stamps events, and numbers the first one
     */
    public ChangeFeed(Clock clock) {
        this.clock = clock;
        this.lastSequence = clock.millis() * SEQUENCES_PER_MILLISECOND;
    }

    /**
     * @param kind
     *            what changed, e.g. {@code domain.created}
     * @param id
     *            the changed resource's id
     * @param data
     *            the resource after the change (a protocol record), or {@code null} after a deletion
     */
    public void publish(String kind, String id, Object data) {
        ChangeEvent event;
        synchronized (history) {
            lastSequence++;
            event = new ChangeEvent(lastSequence, kind, id, clock.instant(), data);
            history.addLast(event);
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
            // Delivered under the lock so every subscriber sees events in sequence order.
            for (Consumer<ChangeEvent> subscriber : subscribers) {
                subscriber.accept(event);
            }
        }
    }

    /**
     * Subscribes, first replaying the kept events after {@code afterSequence} if none of them was dropped yet.
     *
     * @param afterSequence
     *            the last event the subscriber has seen, or {@code -1} for none (nothing to replay)
     * @param subscriber
     *            receives events in order
     * @return whether the replay is complete, and from where the subscriber receives events
     */
    public Subscription subscribe(long afterSequence, Consumer<ChangeEvent> subscriber) {
        synchronized (history) {
            boolean complete = true;
            if (afterSequence >= 0) {
                long oldestKept = history.isEmpty() ? lastSequence + 1 : history.getFirst().sequence();
                complete = afterSequence >= oldestKept - 1 && afterSequence <= lastSequence;
                if (complete) {
                    for (ChangeEvent event : history) {
                        if (event.sequence() > afterSequence) {
                            subscriber.accept(event);
                        }
                    }
                }
            }
            subscribers.add(subscriber);
            return new Subscription(complete, lastSequence);
        }
    }

    /**
     * @param subscriber
     *            a subscriber given to {@link #subscribe}
     */
    public void unsubscribe(Consumer<ChangeEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    /** @return the sequence number of the latest event */
    public long lastSequence() {
        synchronized (history) {
            return lastSequence;
        }
    }
}
