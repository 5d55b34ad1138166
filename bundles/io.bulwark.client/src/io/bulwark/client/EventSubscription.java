package io.bulwark.client;

/**
 * A live subscription to a server's event stream, from {@link ServerClient#events(String, EventListener)}. It runs on a
 * thread of its own, reconnects after a dropped connection or a server restart (sending the last event id it saw, so
 * nothing is missed or the listener is told to reload), and ends when closed.
 */
public interface EventSubscription extends AutoCloseable {

    /** @return the id of the last event delivered, or {@code null} if none yet; pass it to resume later */
    String lastEventId();

    /** @return whether the stream is connected right now */
    boolean isConnected();

    /** Ends the subscription: closes the stream and waits briefly for its thread to end. Idempotent. */
    @Override
    void close();
}
