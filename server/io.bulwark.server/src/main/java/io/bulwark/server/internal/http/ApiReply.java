package io.bulwark.server.internal.http;

import java.util.Map;

import io.bulwark.protocol.ApiError;

/**
 * What an endpoint answers: a status, a body written as JSON (or none) and extra headers. Endpoints return replies
 * instead of writing to the connection so they stay independent of Jetty and simple to test.
 *
 * @param status
 *            the HTTP status
 * @param body
 *            a protocol record written as JSON, or {@code null} for no body
 * @param headers
 *            extra response headers
 */
public record ApiReply(int status, Object body, Map<String, String> headers) {

    /**
     * Freezes the headers.
     */
    public ApiReply {
        headers = Map.copyOf(headers);
    }

    /**
     * @param body
     *            the record to return
     * @return a 200 reply with that body
     */
    public static ApiReply ok(Object body) {
        return new ApiReply(200, body, Map.of());
    }

    /**
     * @param status
     *            the HTTP error status
     * @param error
     *            the error body
     * @return an error reply
     */
    public static ApiReply error(int status, ApiError error) {
        return new ApiReply(status, error, Map.of());
    }
}
