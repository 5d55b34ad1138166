package io.bulwark.server.internal.http;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;

/**
 * Answers the errors Jetty raises itself (a malformed request line, a header too large, a request that never reached
 * the {@link ApiHandler}) with the protocol's JSON error body instead of Jetty's HTML page, so clients parse one error
 * shape whatever failed. Server-side (5xx) messages are generic: details belong in the log.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private final JsonReplies replies;

    /**
     * @param json
     *            the protocol's JSON mapping
     */
    public JsonErrorHandler(WireJson json) {
        this.replies = new JsonReplies(json);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        replies.send(ApiReply.error(code, errorBody(code, message)), response, callback);
    }

    private static ApiError errorBody(int status, String message) {
        if (status >= 500) {
            return ApiError.of(ErrorCodes.INTERNAL, "The server failed (" + status + "); its log has the cause"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        return switch (status) {
            case 404 -> ApiError.of(ErrorCodes.NOT_FOUND, text);
            case 405 -> ApiError.of(ErrorCodes.METHOD_NOT_ALLOWED, text);
            default -> ApiError.of(ErrorCodes.BAD_REQUEST, text);
        };
    }
}
