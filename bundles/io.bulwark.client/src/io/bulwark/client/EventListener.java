package io.bulwark.client;

import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.StreamReset;

/**
 * Receives a server's changes from an {@link EventSubscription}. Methods are called one at a time on the subscription's
 * own thread, in the server's order; a listener that updates a model hands the work to the model's executor (EMF is not
 * thread-safe) and returns quickly, since the server cuts off a stream that falls far behind.
 */
public interface EventListener {

    /**
     * One change on the server.
     *
     * @param event
     *            the change; its {@code data} is the resource after the change as parsed JSON (maps, lists, strings,
     *            numbers, booleans), in the shape its GET returns, or {@code null} after a deletion
     */
    void onEvent(ChangeEvent event);

    /**
     * The events since the last one seen cannot be delivered (the server no longer keeps them, restarted, or this
     * listener fell too far behind): reload everything shown from this server. Events after this one follow as usual.
     *
     * @param reset
     *            the server's reason and message
     */
    default void onReset(StreamReset reset) {
        // nothing to reload by default
    }

    /** The stream is (again) connected; events flow. */
    default void onConnected() {
        // nothing by default
    }

    /**
     * The stream broke or could not be opened; the subscription reconnects by itself with growing delays until it is
     * closed.
     *
     * @param cause
     *            why, for a person
     */
    default void onDisconnected(ServerException cause) {
        // nothing by default
    }
}
