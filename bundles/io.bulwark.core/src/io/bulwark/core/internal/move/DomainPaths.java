package io.bulwark.core.internal.move;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bulwark.protocol.admin.Domain;

/**
 * A server's domains by path, such as {@code Branch/Lab}: names joined by {@code /} from below the root; the root is
 * the empty path. Sibling names are unique regardless of case, so a path names at most one domain.
 */
public final class DomainPaths {

    /** The separator of a path's names. */
    public static final String SEPARATOR = "/"; //$NON-NLS-1$

    private final Map<Long, Domain> byId = new HashMap<>();

    /**
     * @param domains
     *            every domain of a server
     */
    public DomainPaths(List<Domain> domains) {
        for (Domain domain : domains) {
            byId.put(Long.valueOf(domain.id()), domain);
        }
    }

    /**
     * @param domainId
     *            a domain, or {@code null} for the root
     * @return its path; empty for the root or an unknown domain
     */
    public String path(Long domainId) {
        List<String> names = new ArrayList<>();
        Domain domain = domainId == null ? null : byId.get(domainId);
        while (domain != null && names.size() <= byId.size()) {
            names.add(domain.name());
            domain = domain.parentId() == null ? null : byId.get(domain.parentId());
        }
        Collections.reverse(names);
        return String.join(SEPARATOR, names);
    }

    /**
     * @param path
     *            a path; {@code null}, empty or {@code /} for the root
     * @return the domain's id, {@code null} for the root
     * @throws IllegalArgumentException
     *             if no domain has that path
     */
    public Long find(String path) {
        String trimmed = path == null ? "" : path.strip(); //$NON-NLS-1$
        while (trimmed.startsWith(SEPARATOR)) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith(SEPARATOR)) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        Long parent = null;
        for (String name : trimmed.split(SEPARATOR, -1)) {
            Long found = child(parent, name.strip());
            if (found == null) {
                throw new IllegalArgumentException(trimmed);
            }
            parent = found;
        }
        return parent;
    }

    /**
     * @param domainId
     *            a domain
     * @return how many agents sit directly in it, 0 if unknown
     */
    public long agentCount(Long domainId) {
        Domain domain = domainId == null ? null : byId.get(domainId);
        return domain == null ? 0 : domain.agentCount();
    }

    private Long child(Long parent, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Domain domain : byId.values()) {
            boolean sameParent = parent == null ? domain.parentId() == null : parent.equals(domain.parentId());
            if (sameParent && domain.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Long.valueOf(domain.id());
            }
        }
        return null;
    }
}
