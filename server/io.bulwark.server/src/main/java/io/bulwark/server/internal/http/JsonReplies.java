package io.bulwark.server.internal.http;

import java.nio.ByteBuffer;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.bulwark.protocol.WireJson;

/**
 * Writes {@link ApiReply}s to Jetty responses as JSON, with the headers every API response carries.
 */
public final class JsonReplies {

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
        byte[] body = reply.body() == null ? new byte[0] : json.write(reply.body());
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        // API replies are per caller and often secret; no intermediary or client may keep them.
        headers.put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        if (reply.body() != null) {
            headers.put(HttpHeader.CONTENT_TYPE, WireJson.MEDIA_TYPE);
        }
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            headers.put(header.getKey(), header.getValue());
        }
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
