package io.bulwark.fleet.internal;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The component files the fleet's agents hold, shared by all of them: thousands of agents in one process keep only
 * their version and its SHA-256, and the bytes of each (name, version) live here once. Only the newest few versions of
 * each component are kept; an agent whose file was dropped downloads the full file on its next update, as a real agent
 * that lost its file would.
 */
final class ComponentCache {

    /** A verified file. */
    private record File(String sha256, byte[] bytes) {
    }

    private static final int VERSIONS_KEPT = 3;

    private final Map<String, NavigableMap<Long, File>> byName = new ConcurrentHashMap<>();

    /**
     * @param name
     *            a component
     * @param version
     *            its version
     * @param sha256
     *            the SHA-256 the agent recorded for the file it holds
     * @return the file's bytes (never to be changed), or {@code null} if not kept or not the file with that hash
     */
    byte[] file(String name, long version, String sha256) {
        NavigableMap<Long, File> versions = byName.get(name);
        File file = versions == null ? null : versions.get(Long.valueOf(version));
        return file != null && file.sha256().equals(sha256) ? file.bytes() : null;
    }

    /**
     * Keeps a verified file, unless one of that version is kept already, and drops the oldest versions beyond the few
     * kept.
     *
     * @param name
     *            a component
     * @param version
     *            its version
     * @param sha256
     *            the file's SHA-256, checked by the caller
     * @param bytes
     *            the file, never changed afterwards
     */
    void keep(String name, long version, String sha256, byte[] bytes) {
        NavigableMap<Long, File> versions = byName.computeIfAbsent(name, any -> new ConcurrentSkipListMap<>());
        versions.putIfAbsent(Long.valueOf(version), new File(sha256, bytes));
        while (versions.size() > VERSIONS_KEPT) {
            versions.pollFirstEntry();
        }
    }
}
