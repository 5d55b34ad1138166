package io.bulwark.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.accounts.Caller;

/**
 * The server's one Jetty handler for {@code /api/v1} and {@code /agent/v1}: finds the route in the {@link RouteTable}
 * (404 for unknown paths, 405 for unsupported methods), authenticates session routes (401), runs the endpoint or, for
 * changes, the {@link ChangeRunner}, and turns any failure into a logged 500 with the protocol's error body, so a
 * client never sees anything but JSON.
 */
public final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final RouteTable routes;
    private final JsonReplies replies;
    private final WireJson json;
    private final Authenticator authenticator;
    private final ChangeRunner changes;

    /**
     * @param routes
     *            the routes
     * @param replies
     *            writes replies
     * @param json
     *            reads request bodies strictly
     * @param authenticator
     *            resolves bearer tokens
     * @param changes
     *            runs mutations
     */
    public ApiHandler(RouteTable routes, JsonReplies replies, WireJson json, Authenticator authenticator,
            ChangeRunner changes) {
        this.routes = routes;
        this.replies = replies;
        this.json = json;
        this.authenticator = authenticator;
        this.changes = changes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        ApiReply reply;
        try {
            reply = dispatch(method, path, request);
        } catch (ApiException e) {
            reply = e.reply();
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e); //$NON-NLS-1$
            reply = ApiReply.error(500, ApiError.of(ErrorCodes.INTERNAL,
                    "The server failed to answer " + method + " " + path + "; its log has the cause")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException(method + " " + path + " failed after its response began")); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            replies.send(drained(request) ? reply : closing(reply), response, callback);
        }
        return true;
    }

    /**
     * Reads what is left of the request body (an endpoint that refused the request may not have read it), so the
     * connection can serve the client's next request.
     *
     * @return {@code false} if the body could not be read to its end within the size limit; the connection must then
     *         close, and the reply says so, or the client would send its next request into a closed connection
     */
    private static boolean drained(Request request) {
        try (InputStream rest = Content.Source.asInputStream(request)) {
            if (rest.read() < 0) {
                return true; // as almost always: the endpoint read it all, so nothing is read into a buffer here
            }
            return rest.readNBytes(ApiRequest.DEFAULT_BODY_LIMIT).length < ApiRequest.DEFAULT_BODY_LIMIT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ApiReply closing(ApiReply reply) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        headers.put(HttpHeader.CONNECTION.asString(), "close"); //$NON-NLS-1$
        return new ApiReply(reply.status(), reply.body(), headers);
    }

    private ApiReply dispatch(String method, String path, Request request) throws Exception {
        Optional<RouteTable.Match> match = routes.match(path);
        if (match.isEmpty()) {
            return ApiReply.error(404, ApiError.of(ErrorCodes.NOT_FOUND, "No resource at " + path)); //$NON-NLS-1$
        }
        RouteTable.Route route = match.get().byMethod().get(method);
        if (route == null) {
            String allowed = String.join(", ", match.get().byMethod().keySet()); //$NON-NLS-1$
            return new ApiReply(405, ApiError.of(ErrorCodes.METHOD_NOT_ALLOWED,
                    path + " does not support " + method + "; it supports " + allowed), //$NON-NLS-1$ //$NON-NLS-2$
                    Map.of(HttpHeader.ALLOW.asString(), allowed));
        }
        Caller caller = route.access() == Access.SESSION
                ? authenticator.authenticate(ApiRequest.bearerToken(request))
                : null;
        ApiRequest apiRequest = new ApiRequest(request, match.get().parameters(), caller, json,
                ApiRequest.DEFAULT_BODY_LIMIT);
        if (route.mutation() != null) {
            return changes.run(route.mutation(), apiRequest);
        }
        return route.endpoint().handle(apiRequest);
    }
}
