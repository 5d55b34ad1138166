package io.bulwark.server.internal.components.source;

import java.util.List;

import io.bulwark.protocol.components.ComponentFile;
import io.bulwark.protocol.components.ComponentIncrement;

/**
 * One component in an {@link UpdateManifest}.
 *
 * @param name
 *            its stable name, e.g. {@code virus-pattern}
 * @param displayName
 *            its name for people
 * @param kind
 *            {@code pattern} or {@code engine}
 * @param version
 *            the latest version
 * @param full
 *            the full file of the latest version; its path is relative to the source
 * @param increments
 *            the increments kept, each from {@code from} to {@code from + 1}, oldest first, the last one ending at
 *            {@code version}; empty for engines
 */
public record ManifestComponent(String name, String displayName, String kind, long version, ComponentFile full,
        List<ComponentIncrement> increments) {

    /** Freezes the increment list. */
    public ManifestComponent {
        increments = increments == null ? List.of() : List.copyOf(increments);
    }
}
