package io.bulwark.server.internal.components.source;

import java.util.List;

/**
 * The bodies of the simulated source's test hooks under {@code /admin}.
 */
final class SourceRequests {

    /**
     * {@code POST /admin/publish}: publish new versions.
     *
     * @param component
     *            one component, or absent for every component
     * @param count
     *            how many versions, 1 to 100; absent for one
     */
    record Publish(String component, Integer count) {
    }

    /**
     * {@code POST /admin/corrupt}: damage one kept file on disk.
     *
     * @param path
     *            its path on the source, e.g. {@code /files/virus-pattern/increments/18541}
     */
    record Corrupt(String path) {
    }

    /**
     * {@code GET /admin/downloads}: every file served so far, in order.
     *
     * @param downloads
     *            the paths of the files served
     */
    record Downloads(List<String> downloads) {
    }

    private SourceRequests() {
    }
}
