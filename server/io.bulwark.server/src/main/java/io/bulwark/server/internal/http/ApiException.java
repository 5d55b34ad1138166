package io.bulwark.server.internal.http;

import java.util.Map;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;

/**
 * Ends a request with an error reply: thrown by endpoints and the checks they call, answered by the {@link ApiHandler}
 * with the status and the protocol's error body. Any transaction the request ran in is rolled back, so a refused
 * request changes nothing.
 */
public final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ApiReply reply;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     * @param headers
     *            extra headers, e.g. {@code Retry-After}
     */
    public ApiException(int status, ApiError error, Map<String, String> headers) {
        super(error.message());
        this.reply = new ApiReply(status, error, headers);
    }

    /**
     * @param status
     *            the HTTP status
     * @param code
     *            a code from {@link ErrorCodes}
     * @param message
     *            a sentence for a person
     */
    public ApiException(int status, String code, String message) {
        this(status, ApiError.of(code, message), Map.of());
    }

    /** @return the reply to send */
    public ApiReply reply() {
        return reply;
    }

    /**
     * @param field
     *            the member or parameter, e.g. {@code name} or {@code scanSettings.manual.exclusions[2]}
     * @param message
     *            what is wrong with it and what is accepted
     * @return a 400 {@code invalid_field} naming the field in {@code details.field}
     */
    public static ApiException invalid(String field, String message) {
        return new ApiException(400, new ApiError(ErrorCodes.INVALID_FIELD, message, Map.of("field", field)), //$NON-NLS-1$
                Map.of());
    }

    /**
     * @param message
     *            what the caller may not do
     * @return a 403
     */
    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, message);
    }

    /**
     * @param message
     *            what does not exist
     * @return a 404
     */
    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, message);
    }

    /**
     * @param message
     *            why the request conflicts with the current state
     * @return a 409
     */
    public static ApiException conflict(String message) {
        return new ApiException(409, ErrorCodes.CONFLICT, message);
    }
}
