package io.bulwark.server.internal.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.server.internal.settings.SettingsInheritance.Resolved;

/**
 * The whole domain tree with the root's and every domain's own settings, held in memory to resolve the effective
 * settings of many domains at once, each domain once.
 */
final class PolicyTree {

    private final PolicySettings root;
    private final Map<Long, Long> parents;
    private final Map<Long, PolicySettings> own;
    private final Map<Long, Resolved> resolved = new HashMap<>();
    private Resolved resolvedRoot;

    /**
     * @param root
     *            the root's settings
     * @param domains
     *            every domain
     * @param own
     *            the domains' own settings; domains that set nothing are absent
     */
    PolicyTree(PolicySettings root, List<Domain> domains, Map<Long, PolicySettings> own) {
        this.root = root;
        this.parents = new HashMap<>();
        for (Domain domain : domains) {
            parents.put(Long.valueOf(domain.id()), domain.parentId());
        }
        this.own = own;
    }

    /**
     * @param target
     *            the root or a domain
     * @param settings
     *            its settings in place of the ones in this tree
     * @return a tree that differs from this one in that scope only
     */
    PolicyTree with(PolicyTarget target, PolicySettings settings) {
        if (target.isRoot()) {
            return new PolicyTree(settings, parents, own);
        }
        Map<Long, PolicySettings> changed = new HashMap<>(own);
        changed.put(target.domainId(), settings);
        return new PolicyTree(root, parents, changed);
    }

    private PolicyTree(PolicySettings root, Map<Long, Long> parents, Map<Long, PolicySettings> own) {
        this.root = root;
        this.parents = parents;
        this.own = own;
    }

    /**
     * @param domainId
     *            a domain, or {@code null} for the root
     * @return the settings in effect there
     */
    Resolved resolve(Long domainId) {
        if (domainId == null) {
            if (resolvedRoot == null) {
                resolvedRoot = SettingsInheritance.root(root);
            }
            return resolvedRoot;
        }
        Resolved known = resolved.get(domainId);
        if (known != null) {
            return known;
        }
        // Iteratively: the chain up to the nearest resolved ancestor, then down again.
        List<Long> chain = new ArrayList<>();
        Long current = domainId;
        while (current != null && !resolved.containsKey(current) && !chain.contains(current)) {
            chain.add(current);
            current = parents.get(current);
        }
        Resolved result = current == null ? resolve(null) : resolved.get(current);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Long id = chain.get(i);
            PolicySettings settings = own.get(id);
            if (settings != null) {
                result = SettingsInheritance.overlay(settings, SettingsScope.domain(id.longValue()), result);
            }
            resolved.put(id, Objects.requireNonNull(result));
        }
        return result;
    }

    /**
     * @param domainId
     *            a domain
     * @return the domain and every domain below it
     */
    List<Long> subtree(long domainId) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((child, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, key -> new ArrayList<>()).add(child);
            }
        });
        List<Long> found = new ArrayList<>();
        found.add(Long.valueOf(domainId));
        for (int i = 0; i < found.size(); i++) {
            found.addAll(children.getOrDefault(found.get(i), List.of()));
        }
        return found;
    }
}
