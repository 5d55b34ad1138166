package io.bulwark.server.internal.http;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.WireJson;

/**
 * Writes {@link ApiReply}s to Jetty responses: JSON documents (or {@link RawJson}) with a length, or
 * {@link StreamedBody streamed} bodies, each with the headers every API response carries.
 */
public final class JsonReplies {

    private static final Logger LOG = LoggerFactory.getLogger(JsonReplies.class);

    private final WireJson json;

    /**
     * @param json
     *            the protocol's JSON mapping
     */
    public JsonReplies(WireJson json) {
        this.json = json;
    }

    /**
     * Sends a reply and completes the callback when it is written.
     *
     * @param reply
     *            what to send
     * @param response
     *            the response, not yet committed
     * @param callback
     *            completed (or failed) when the response is written
     */
    public void send(ApiReply reply, Response response, Callback callback) {
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        // API replies are per caller and often secret; no intermediary or client may keep them.
        headers.put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            headers.put(header.getKey(), header.getValue());
        }
        if (reply.body() instanceof StreamedBody streamed) {
            stream(streamed, response, callback);
            return;
        }
        byte[] body;
        if (reply.body() == null) {
            body = new byte[0];
        } else {
            body = reply.body() instanceof RawJson raw ? raw.bytes() : json.write(reply.body());
            headers.put(HttpHeader.CONTENT_TYPE, WireJson.MEDIA_TYPE);
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static void stream(StreamedBody body, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.mediaType());
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            body.writeTo(out);
        } catch (Exception e) {
            LOG.debug("A streamed reply ended early", e); //$NON-NLS-1$
            callback.failed(e);
            return;
        }
        callback.succeeded();
    }
}
