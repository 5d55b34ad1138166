package io.bulwark.server.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which {@link Endpoint} serves which method on which path. Knows the difference between a path that does not exist
 * (404) and a method a path does not support (405, with the methods it does support for {@code Allow}). Paths are
 * matched exactly for now; resources addressed by id will add path templates here.
 */
public final class RouteTable {

    private final Map<String, Map<String, Endpoint>> byPath = new LinkedHashMap<>();

    /**
     * @param method
     *            the HTTP method, e.g. {@code GET}
     * @param path
     *            the absolute path, e.g. {@code /api/v1/server}
     * @param endpoint
     *            what serves it
     * @return this table
     * @throws IllegalStateException
     *             if the method on that path is already routed
     */
    public RouteTable add(String method, String path, Endpoint endpoint) {
        Endpoint previous = byPath.computeIfAbsent(path, p -> new TreeMap<>()).putIfAbsent(method, endpoint);
        if (previous != null) {
            throw new IllegalStateException(method + " " + path + " is routed twice"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return this;
    }

    /**
     * @param path
     *            a request path
     * @return the endpoints of that path by method (sorted), or empty if the path is unknown
     */
    public Optional<Map<String, Endpoint>> methodsOf(String path) {
        return Optional.ofNullable(byPath.get(path)).map(Collections::unmodifiableMap);
    }
}
