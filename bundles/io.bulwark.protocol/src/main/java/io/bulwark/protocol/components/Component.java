package io.bulwark.protocol.components;

import java.time.Instant;

/**
 * A component as {@code GET /api/v1/components} lists it: a pattern file or engine in the version this server holds and
 * distributes to its agents.
 *
 * @param name
 *            the component's stable name, e.g. {@code virus-pattern}: lower-case letters, digits and '-'
 * @param displayName
 *            the name shown to a person, e.g. {@code Virus Pattern}
 * @param kind
 *            {@code pattern} (updated by increments) or {@code engine} (replaced whole)
 * @param version
 *            the version this server holds; versions grow by one per publication
 * @param updatedAt
 *            when this server stored that version
 * @param size
 *            the size of the full file in bytes
 * @param sha256
 *            the SHA-256 of the full file, lower-case hex
 */
public record Component(String name, String displayName, String kind, long version, Instant updatedAt, long size,
        String sha256) {

    /** The kind of a component updated by increments. */
    public static final String PATTERN = "pattern"; //$NON-NLS-1$

    /** The kind of a component always replaced by its full file. */
    public static final String ENGINE = "engine"; //$NON-NLS-1$
}
