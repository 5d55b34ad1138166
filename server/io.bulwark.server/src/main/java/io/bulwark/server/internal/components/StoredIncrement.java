package io.bulwark.server.internal.components;

/**
 * An increment file this server keeps for its agents: from version {@code from} of a component to {@code from + 1}.
 *
 * @param component
 *            the component's name
 * @param from
 *            the version it applies to
 * @param size
 *            its size in bytes
 * @param sha256
 *            its SHA-256, lower-case hex
 */
public record StoredIncrement(String component, long from, long size, String sha256) {

    /** @return the version it produces */
    public long to() {
        return from + 1;
    }
}
