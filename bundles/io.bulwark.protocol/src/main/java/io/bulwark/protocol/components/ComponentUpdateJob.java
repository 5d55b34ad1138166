package io.bulwark.protocol.components;

import java.time.Instant;
import java.util.List;

/**
 * An "update server now" run, as {@code POST} and {@code GET /api/v1/components/update} return it. The server fetches
 * the update source's manifest, then updates each component on its own: one component failing leaves the others updated
 * and itself at its previous version.
 *
 * @param id
 *            the run's id
 * @param state
 *            {@value #RUNNING}, {@value #SUCCEEDED} (every component updated or up to date) or {@value #FAILED} (the
 *            manifest could not be read, or at least one component failed)
 * @param requestedBy
 *            the account that started it
 * @param source
 *            the update source's URL
 * @param startedAt
 *            when it started
 * @param finishedAt
 *            when it ended, {@code null} while running
 * @param error
 *            why the whole run failed (e.g. the source is unreachable), for a person; {@code null} otherwise
 * @param components
 *            the progress of each component the source offers, in the manifest's order
 */
public record ComponentUpdateJob(String id, String state, String requestedBy, String source, Instant startedAt,
        Instant finishedAt, String error, List<ComponentUpdateProgress> components) {

    /** Still fetching. */
    public static final String RUNNING = "running"; //$NON-NLS-1$
    /** Every component is updated or was up to date. */
    public static final String SUCCEEDED = "succeeded"; //$NON-NLS-1$
    /** The manifest could not be used, or at least one component failed. */
    public static final String FAILED = "failed"; //$NON-NLS-1$

    /** Freezes the component list. */
    public ComponentUpdateJob {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
