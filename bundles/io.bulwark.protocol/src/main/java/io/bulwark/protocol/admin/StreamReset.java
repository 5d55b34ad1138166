package io.bulwark.protocol.admin;

/**
 * The data of the event stream's {@code reset} event: the client cannot be brought up to date event by event and must
 * reload everything it shows. Sent when a reconnect's {@code Last-Event-ID} is older than the events the server kept
 * (or comes from an earlier run of the server), and, just before the server ends the stream, when the client read
 * events too slowly and fell too far behind.
 *
 * @param reason
 *            {@link #MISSED} or {@link #BEHIND}; a client treats reasons it does not know like {@link #MISSED}
 * @param message
 *            a sentence for a person
 */
public record StreamReset(String reason, String message) {

    /** Events after the client's {@code Last-Event-ID} are no longer kept; the stream goes on from here. */
    public static final String MISSED = "missed"; //$NON-NLS-1$

    /** The client read too slowly and fell too far behind; the server ends the stream after this event. */
    public static final String BEHIND = "behind"; //$NON-NLS-1$
}
