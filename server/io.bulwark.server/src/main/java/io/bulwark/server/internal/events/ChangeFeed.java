package io.bulwark.server.internal.events;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * Publishers call {@link #publish} only after the change is committed. Subscribers are called on the publisher's thread
 * and must hand events off without blocking.
 */
public final class ChangeFeed {

    /** How many past events are kept for reconnecting subscribers. */
    public static final int HISTORY = 10_000;

    private final Clock clock;
    private final Deque<ChangeEvent> history = new ArrayDeque<>();
    private final List<Consumer<ChangeEvent>> subscribers = new CopyOnWriteArrayList<>();
    private long lastSequence;

    /**
     * @param clock
     *            stamps events
     */
    public ChangeFeed(Clock clock) {
        this.clock = clock;
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
     * Subscribes, first replaying the kept events after {@code afterSequence}.
     *
     * @param afterSequence
     *            the last event the subscriber has seen, or {@code -1} for none (no replay)
     * @param subscriber
     *            receives events in order
     * @return whether the replay is complete; {@code false} if events after {@code afterSequence} were already dropped
     *         from the history, so the subscriber must reload everything
     */
    public boolean subscribe(long afterSequence, Consumer<ChangeEvent> subscriber) {
        synchronized (history) {
            boolean complete = true;
            if (afterSequence >= 0) {
                List<ChangeEvent> missed = new ArrayList<>();
                for (ChangeEvent event : history) {
                    if (event.sequence() > afterSequence) {
                        missed.add(event);
                    }
                }
                long oldestKept = history.isEmpty() ? lastSequence + 1 : history.getFirst().sequence();
                complete = afterSequence >= oldestKept - 1;
                missed.forEach(subscriber);
            }
            subscribers.add(subscriber);
            return complete;
        }
    }

    /**
     * @param subscriber
     *            a subscriber given to {@link #subscribe}
     */
    public void unsubscribe(Consumer<ChangeEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    /** @return the sequence number of the latest event, {@code 0} before the first */
    public long lastSequence() {
        synchronized (history) {
            return lastSequence;
        }
    }
}
