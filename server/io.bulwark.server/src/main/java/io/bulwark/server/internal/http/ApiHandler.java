package io.bulwark.server.internal.http;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;

/**
 * The server's one Jetty handler for {@code /api/v1} and {@code /agent/v1}: finds the endpoint in the
 * {@link RouteTable}, answers unknown paths with 404 and unsupported methods with 405, and turns any failure into a
 * logged 500 with the protocol's error body, so a client never sees anything but JSON.
 */
public final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final RouteTable routes;
    private final JsonReplies replies;

    /**
     * @param routes
     *            the endpoints
     * @param replies
     *            writes replies as JSON
     */
    public ApiHandler(RouteTable routes, JsonReplies replies) {
        this.routes = routes;
        this.replies = replies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        ApiReply reply;
        try {
            reply = dispatch(method, path, request);
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e); //$NON-NLS-1$
            reply = ApiReply.error(500, ApiError.of(ErrorCodes.INTERNAL,
                    "The server failed to answer " + method + " " + path + "; its log has the cause")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException(method + " " + path + " failed after its response began")); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            replies.send(reply, response, callback);
        }
        return true;
    }

    private ApiReply dispatch(String method, String path, Request request) throws Exception {
        Optional<Map<String, Endpoint>> methods = routes.methodsOf(path);
        if (methods.isEmpty()) {
            return ApiReply.error(404, ApiError.of(ErrorCodes.NOT_FOUND, "No resource at " + path)); //$NON-NLS-1$
        }
        Endpoint endpoint = methods.get().get(method);
        if (endpoint == null) {
            String allowed = String.join(", ", methods.get().keySet()); //$NON-NLS-1$
            return new ApiReply(405, ApiError.of(ErrorCodes.METHOD_NOT_ALLOWED,
                    path + " does not support " + method + "; it supports " + allowed), //$NON-NLS-1$ //$NON-NLS-2$
                    Map.of(HttpHeader.ALLOW.asString(), allowed));
        }
        return endpoint.handle(request);
    }
}
