package io.bulwark.protocol.components;

/**
 * A component's full file as an agent downloads it.
 *
 * @param path
 *            where to {@code GET} it on the server, e.g. {@code /agent/v1/components/virus-pattern/full/18545}
 * @param size
 *            its size in bytes ({@code Content-Length} of the download)
 * @param sha256
 *            its SHA-256, lower-case hex (also the download's {@code ETag})
 */
public record ComponentFile(String path, long size, String sha256) {
}
