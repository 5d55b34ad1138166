package io.bulwark.client;

import java.util.Objects;

/**
 * A resource read or written with its version: the {@code ETag} to send back as {@code If-Match} on the next write, so
 * that a write based on stale data is refused ({@link VersionConflictException}) instead of overwriting someone else's
 * change.
 *
 * @param <T>
 *            the resource's wire record
 * @param value
 *            the resource
 * @param etag
 *            its {@code ETag} exactly as the server sent it, quotes included (e.g. {@code "7"})
 */
public record Versioned<T>(T value, String etag) {

    /** Requires both parts. */
    public Versioned {
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        Objects.requireNonNull(etag, "etag"); //$NON-NLS-1$
    }
}
