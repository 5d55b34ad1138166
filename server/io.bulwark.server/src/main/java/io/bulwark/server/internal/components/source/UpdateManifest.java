package io.bulwark.server.internal.components.source;

import java.time.Instant;
import java.util.List;

/**
 * What an update source publishes at {@code GET /manifest.json}: every component with its latest version, the full file
 * of that version and the increments it keeps leading up to it. Paths are relative to the source's URL.
 *
 * @param publishedAt
 *            when the latest version was published
 * @param components
 *            the components
 */
public record UpdateManifest(Instant publishedAt, List<ManifestComponent> components) {

    /** Freezes the component list. */
    public UpdateManifest {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
