package io.bulwark.bench.internal;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The baseline: a trivial Jetty handler that answers every request with the same bytes and the same headers a Bulwark
 * endpoint sends, doing no routing, no lookup and no JSON mapping. It reads (and drops) the request body first, as any
 * handler must for the connection to stay open for the next request.
 */
public final class FixedReplyHandler extends Handler.Abstract.NonBlocking {

    private final byte[] body;

    /**
     * @param body
     *            the JSON to answer with
     */
    public FixedReplyHandler(byte[] body) {
        this.body = body.clone();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Content.Source.consumeAll(request, Callback.from(() -> reply(response, callback), callback::failed));
        return true;
    }

    private void reply(Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json"); //$NON-NLS-1$
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
