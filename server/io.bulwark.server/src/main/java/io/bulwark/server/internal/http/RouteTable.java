package io.bulwark.server.internal.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which handler serves which method on which path. Paths are literal ({@code /api/v1/domains}) or templates whose
 * {@code {name}} segments match any one non-empty segment ({@code /api/v1/domains/{id}}); a literal path wins over a
 * template. Knows the difference between a path that does not exist (404) and a method a path does not support (405,
 * with the methods it does support for {@code Allow}).
 */
public final class RouteTable {

    /**
     * How one method of one path is served: by an {@link Endpoint} or, for audited admin changes, a {@link Mutation}.
     *
     * @param access
     *            who may call it
     * @param endpoint
     *            the handler, or {@code null} for a mutation
     * @param mutation
     *            the mutation, or {@code null} for an endpoint
     */
    public record Route(Access access, Endpoint endpoint, Mutation mutation) {
    }

    /**
     * The routes of a matched path.
     *
     * @param byMethod
     *            its routes by method, sorted
     * @param parameters
     *            the values of its template segments by name
     */
    public record Match(Map<String, Route> byMethod, Map<String, String> parameters) {
    }

    private record Template(String[] segments, Map<String, Route> byMethod) {
    }

    private final Map<String, Map<String, Route>> literal = new LinkedHashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();

    /**
     * @param method
     *            the HTTP method
     * @param path
     *            a literal path or a template
     * @param access
     *            who may call it
     * @param endpoint
     *            what serves it
     * @return this table
     * @throws IllegalStateException
     *             if the method on that path is already routed
     */
    public RouteTable add(String method, String path, Access access, Endpoint endpoint) {
        return put(method, path, new Route(access, endpoint, null));
    }

    /**
     * Routes an audited, idempotent admin change; only for {@link Access#SESSION} callers.
     *
     * @param method
     *            the HTTP method
     * @param path
     *            a literal path or a template
     * @param mutation
     *            what serves it
     * @return this table
     * @throws IllegalStateException
     *             if the method on that path is already routed
     */
    public RouteTable change(String method, String path, Mutation mutation) {
        return put(method, path, new Route(Access.SESSION, null, mutation));
    }

    private RouteTable put(String method, String path, Route route) {
        Map<String, Route> byMethod;
        if (path.indexOf('{') >= 0) {
            byMethod = templates.computeIfAbsent(path, p -> new Template(p.split("/"), new TreeMap<>())).byMethod(); //$NON-NLS-1$
        } else {
            byMethod = literal.computeIfAbsent(path, p -> new TreeMap<>());
        }
        if (byMethod.putIfAbsent(method, route) != null) {
            throw new IllegalStateException(method + " " + path + " is routed twice"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return this;
    }

    /**
     * @param path
     *            a request path
     * @return the routes of that path and its template values, or empty if the path is unknown
     */
    public Optional<Match> match(String path) {
        Map<String, Route> exact = literal.get(path);
        if (exact != null) {
            return Optional.of(new Match(Collections.unmodifiableMap(exact), Map.of()));
        }
        String[] segments = path.split("/"); //$NON-NLS-1$
        List<Match> found = new ArrayList<>(1);
        for (Template template : templates.values()) {
            Map<String, String> values = bind(template.segments(), segments);
            if (values != null) {
                found.add(new Match(Collections.unmodifiableMap(template.byMethod()), values));
                break;
            }
        }
        return found.stream().findFirst();
    }

    private static Map<String, String> bind(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String expected = template[i];
            if (expected.startsWith("{") && expected.endsWith("}")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (segments[i].isEmpty()) {
                    return null;
                }
                values.put(expected.substring(1, expected.length() - 1), segments[i]);
            } else if (!expected.equals(segments[i])) {
                return null;
            }
        }
        return values;
    }
}
