package io.bulwark.protocol.admin;

import java.time.Instant;

/**
 * One change on a server, as the event stream ({@code GET /api/v1/events}, {@code text/event-stream}) delivers it: the
 * SSE {@code id} is {@link #sequence()}, the SSE {@code event} is {@link #kind()}, the SSE {@code data} is this record
 * as JSON.
 *
 * @param sequence
 *            increases by one per change on this server; a later run of the server starts above every number of an
 *            earlier run. A reconnecting client sends the last one it saw as {@code Last-Event-ID} and receives what it
 *            missed, or an SSE event {@code reset} telling it to reload everything
 * @param kind
 *            what changed, {@code <resource>.<verb>}, e.g. {@code domain.created}, {@code agent.status},
 *            {@code settings.changed}; a client ignores kinds it does not know
 * @param id
 *            the id of the changed resource
 * @param at
 *            when the change was committed
 * @param data
 *            the resource after the change, in the shape its GET returns; absent after a deletion
 */
public record ChangeEvent(long sequence, String kind, String id, Instant at, Object data) {
}
