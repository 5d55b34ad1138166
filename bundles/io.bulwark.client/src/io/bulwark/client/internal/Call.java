package io.bulwark.client.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.WireJson;

/**
 * One logical API call: what to send, and whether it is safe to send again. A mutation gets an {@code Idempotency-Key}
 * once, here, and carries the same key on every attempt, so the server applies it once and replays its first answer to
 * a repeat.
 *
 * @param method
 *            the HTTP method
 * @param path
 *            the path with its query string, e.g. {@code /api/v1/agents?limit=10}
 * @param body
 *            the JSON body, or {@code null}
 * @param accept
 *            the media type asked for
 * @param headers
 *            further headers, e.g. {@code If-Match}
 * @param retryable
 *            whether the call may be sent again after a passing failure
 * @param authenticated
 *            whether it needs the session's bearer token
 * @param timeout
 *            how long to wait for the answer (between two reads), or {@code null} for the transport's default
 */
public record Call(String method, String path, byte[] body, String accept, Map<String, String> headers,
        boolean retryable, boolean authenticated, Duration timeout) {

    /** Freezes the headers. */
    public Call {
        headers = Map.copyOf(headers);
    }

    /**
     * @param path
     *            the resource
     * @return a GET of JSON: safe to repeat
     */
    public static Call get(String path) {
        return new Call("GET", path, null, WireJson.MEDIA_TYPE, Map.of(), true, true, null); //$NON-NLS-1$
    }

    /**
     * @param method
     *            {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
     * @param path
     *            the resource
     * @param body
     *            the JSON body, or {@code null}
     * @param idempotencyKey
     *            the key for every attempt, or {@code null} to make one
     * @return a mutation with an {@code Idempotency-Key}: safe to repeat
     */
    public static Call mutation(String method, String path, byte[] body, String idempotencyKey) {
        String key = idempotencyKey != null ? idempotencyKey : newIdempotencyKey();
        return new Call(method, path, body, WireJson.MEDIA_TYPE, Map.of(ApiHeaders.IDEMPOTENCY_KEY, key), true, true,
                null);
    }

    /** @return a fresh key for one logical mutation */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * @param name
     *            a header
     * @param value
     *            its value
     * @return this call with the header added
     */
    public Call withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Call(method, path, body, accept, more, retryable, authenticated, timeout);
    }

    /**
     * @param mediaType
     *            the media type to ask for
     * @return this call asking for it
     */
    public Call accepting(String mediaType) {
        return new Call(method, path, body, mediaType, headers, retryable, authenticated, timeout);
    }

    /**
     * @param answerTimeout
     *            how long to wait between two reads of the answer
     * @return this call with that timeout
     */
    public Call withTimeout(Duration answerTimeout) {
        return new Call(method, path, body, accept, headers, retryable, authenticated, answerTimeout);
    }

    /** @return this call sent once only, whatever fails */
    public Call once() {
        return new Call(method, path, body, accept, headers, false, authenticated, timeout);
    }

    /** @return this call without the session's token (login, public reads) */
    public Call anonymous() {
        return new Call(method, path, body, accept, headers, retryable, false, timeout);
    }
}
