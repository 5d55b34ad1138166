package io.bulwark.server.internal.http;

import java.io.OutputStream;

/**
 * A reply body written as a stream rather than one JSON document: NDJSON lists and the event stream. The handler sets
 * the status, headers and media type, then calls {@link #writeTo} on a Jetty thread that may block.
 */
public interface StreamedBody {

    /** @return the media type, e.g. {@code application/x-ndjson} */
    String mediaType();

    /**
     * Writes the body; returns when it is complete or the client went away.
     *
     * @param out
     *            the response body; flushed by the writer as it sees fit, closed by the caller
     * @throws Exception
     *             if writing fails; the response is then aborted
     */
    void writeTo(OutputStream out) throws Exception;
}
