package io.bulwark.server.internal.http;

/**
 * A reply body that is already JSON, e.g. a stored answer replayed for a repeated {@code Idempotency-Key}.
 *
 * @param bytes
 *            UTF-8 JSON
 */
public record RawJson(byte[] bytes) {
}
