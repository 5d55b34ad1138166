package io.bulwark.client.internal;

import java.io.InputStream;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * A successful answer while it is being read: its status, headers and body stream.
 */
public final class Answer {

    private final ClassicHttpResponse response;
    private final InputStream body;
    private final CancelWatch.Watched watch;

    Answer(ClassicHttpResponse response, InputStream body, CancelWatch.Watched watch) {
        this.response = response;
        this.body = body;
        this.watch = watch;
    }

    /** @return the HTTP status */
    public int status() {
        return response.getCode();
    }

    /**
     * @param name
     *            a header
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** @return the body; empty for an answer without one */
    public InputStream body() {
        return body;
    }

    /** Aborts the exchange at once, e.g. when the reader noticed a cancellation: no more reading from it. */
    public void abort() {
        watch.abort();
    }
}
