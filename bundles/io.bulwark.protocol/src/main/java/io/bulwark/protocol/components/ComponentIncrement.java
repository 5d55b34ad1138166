package io.bulwark.protocol.components;

/**
 * An increment file: the {@link IncrementPatch} that turns version {@code from} of a component into version
 * {@code to = from + 1}.
 *
 * @param from
 *            the version it applies to
 * @param to
 *            the version it produces
 * @param path
 *            where to {@code GET} it on the server, e.g. {@code /agent/v1/components/virus-pattern/increments/18544}
 * @param size
 *            its size in bytes
 * @param sha256
 *            its SHA-256, lower-case hex
 */
public record ComponentIncrement(long from, long to, String path, long size, String sha256) {
}
