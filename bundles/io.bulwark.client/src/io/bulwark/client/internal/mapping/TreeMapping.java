package io.bulwark.client.internal.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.DomainRequest;

/**
 * Maps a server's domains and grouping rules onto its agent tree and back.
 * <p>
 * Applying updates the tree in place: a domain the tree already holds keeps its identity (and its agents, policy and
 * viewer state) and only changes what changed; new domains are added, domains the server no longer lists are removed,
 * and domains whose parent changed are moved. A list that cannot form a tree (unknown parent, a cycle, an id twice) is
 * refused before anything changes.
 */
public final class TreeMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private TreeMapping() {
    }

    /**
     * Makes the tree's domains match the server's domain list.
     *
     * @param tree
     *            the server's agent tree
     * @param wireDomains
     *            every domain of the server, as {@code GET /api/v1/domains} lists them
     * @throws WireFormatException
     *             if the list does not form a tree; the model is then unchanged
     */
    public static void applyDomains(AgentTree tree, List<io.bulwark.protocol.admin.Domain> wireDomains) {
        Map<Long, io.bulwark.protocol.admin.Domain> byId = checkedTree(wireDomains);
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        Map<Long, Domain> models = new HashMap<>();
        for (io.bulwark.protocol.admin.Domain wire : byId.values()) {
            Domain domain = index.domain(wire.id());
            if (domain == null) {
                domain = FACTORY.createDomain();
                domain.setId(wire.id());
            }
            Fields.update(domain, ModelPackage.Literals.DOMAIN__NAME, wire.name());
            Fields.update(domain, ModelPackage.Literals.DOMAIN__AGENT_COUNT, Long.valueOf(wire.agentCount()));
            models.put(Long.valueOf(wire.id()), domain);
        }
        // Parents first: a parent already sits where it belongs, so placing a child under it never forms a cycle.
        List<io.bulwark.protocol.admin.Domain> topDown = new ArrayList<>(byId.values());
        Map<Long, Integer> depths = depths(byId);
        topDown.sort(Comparator.comparing(wire -> depths.get(Long.valueOf(wire.id()))));
        for (io.bulwark.protocol.admin.Domain wire : topDown) {
            Domain domain = models.get(Long.valueOf(wire.id()));
            EObject parent = wire.parentId() == null ? tree : models.get(wire.parentId());
            if (domain.eContainer() != parent) {
                domainsOf(parent).add(domain);
            }
        }
        for (Domain domain : index.domains()) {
            if (!byId.containsKey(Long.valueOf(domain.getId())) && domain.eContainer() != null) {
                EcoreUtil.remove(domain);
            }
        }
    }

    /**
     * Makes the tree's grouping rules match the server's rules.
     *
     * @param tree
     *            the server's agent tree, its domains already applied
     * @param wireRules
     *            every grouping rule of the server
     * @throws WireFormatException
     *             if a rule names a domain the tree does not hold; the model is then unchanged
     */
    public static void applyGroupingRules(AgentTree tree, List<io.bulwark.protocol.admin.GroupingRule> wireRules) {
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        for (io.bulwark.protocol.admin.GroupingRule wire : wireRules) {
            if (wire.domainId() == null || index.domain(wire.domainId().longValue()) == null) {
                throw new WireFormatException(NLS.bind(TreeMessages.TreeMapping_ruleWithoutDomain,
                        new Object[]{wire.id(), wire.ipRange(), wire.domainId()}), "domainId", null); //$NON-NLS-1$
            }
        }
        Map<Long, GroupingRule> existing = new HashMap<>();
        for (Domain domain : index.domains()) {
            for (GroupingRule rule : domain.getGroupingRules()) {
                existing.put(Long.valueOf(rule.getId()), rule);
            }
        }
        for (io.bulwark.protocol.admin.GroupingRule wire : wireRules) {
            GroupingRule rule = wire.id() == null ? null : existing.remove(wire.id());
            if (rule == null) {
                rule = FACTORY.createGroupingRule();
                rule.setId(wire.id() == null ? 0 : wire.id().longValue());
            }
            Fields.update(rule, ModelPackage.Literals.GROUPING_RULE__IP_RANGE, wire.ipRange());
            Fields.update(rule, ModelPackage.Literals.GROUPING_RULE__POSITION,
                    Integer.valueOf(wire.position() == null ? 0 : wire.position().intValue()));
            Domain domain = index.domain(wire.domainId().longValue());
            if (rule.eContainer() != domain) {
                domain.getGroupingRules().add(rule);
            }
        }
        existing.values().forEach(EcoreUtil::remove);
    }

    /**
     * @param domain
     *            a domain the server has not created yet, placed where it should be created
     * @return the body of {@code POST /api/v1/domains}
     */
    public static DomainRequest toCreateRequest(Domain domain) {
        return new DomainRequest(domain.getName(), parentId(domain), null);
    }

    /**
     * @param domain
     *            a domain with its new name and place
     * @return the body of {@code PATCH /api/v1/domains/{id}} that gives the server's domain that name and place
     */
    public static DomainRequest toUpdateRequest(Domain domain) {
        Long parentId = parentId(domain);
        return new DomainRequest(domain.getName(), parentId, parentId == null ? Boolean.TRUE : null);
    }

    /**
     * @param rule
     *            a grouping rule in its domain
     * @return the rule as the server reads it; without id and position for a rule the server has not created
     */
    public static io.bulwark.protocol.admin.GroupingRule toWire(GroupingRule rule) {
        boolean created = rule.getId() != 0;
        Long domainId = rule.eContainer() instanceof Domain domain ? Long.valueOf(domain.getId()) : null;
        return new io.bulwark.protocol.admin.GroupingRule(created ? Long.valueOf(rule.getId()) : null,
                rule.getIpRange(), domainId, created ? Integer.valueOf(rule.getPosition()) : null);
    }

    private static Long parentId(Domain domain) {
        return domain.eContainer() instanceof Domain parent ? Long.valueOf(parent.getId()) : null;
    }

    @SuppressWarnings("unchecked")
    static EList<Domain> domainsOf(EObject parent) {
        return (EList<Domain>) parent.eGet(parent instanceof AgentTree
                ? ModelPackage.Literals.AGENT_TREE__DOMAINS
                : ModelPackage.Literals.DOMAIN__DOMAINS);
    }

    /** The wire domains by id, after checking that they form one tree under the root. */
    private static Map<Long, io.bulwark.protocol.admin.Domain> checkedTree(
            List<io.bulwark.protocol.admin.Domain> wireDomains) {
        Map<Long, io.bulwark.protocol.admin.Domain> byId = new LinkedHashMap<>();
        for (io.bulwark.protocol.admin.Domain wire : wireDomains) {
            if (byId.putIfAbsent(Long.valueOf(wire.id()), wire) != null) {
                throw new WireFormatException(NLS.bind(TreeMessages.TreeMapping_duplicateId, Long.valueOf(wire.id())),
                        "id", null); //$NON-NLS-1$
            }
        }
        for (io.bulwark.protocol.admin.Domain wire : wireDomains) {
            if (wire.parentId() != null && !byId.containsKey(wire.parentId())) {
                throw new WireFormatException(NLS.bind(TreeMessages.TreeMapping_unknownParent,
                        new Object[]{Long.valueOf(wire.id()), wire.name(), wire.parentId()}), "parentId", null); //$NON-NLS-1$
            }
        }
        depths(byId);
        return byId;
    }

    /** Each domain's depth below the root (0 for a top-level domain); refuses a cycle. */
    private static Map<Long, Integer> depths(Map<Long, io.bulwark.protocol.admin.Domain> byId) {
        Map<Long, Integer> depths = new HashMap<>();
        for (io.bulwark.protocol.admin.Domain wire : byId.values()) {
            List<Long> path = new ArrayList<>();
            Long at = Long.valueOf(wire.id());
            while (at != null && !depths.containsKey(at)) {
                if (path.contains(at) || path.size() > byId.size()) {
                    throw new WireFormatException(NLS.bind(TreeMessages.TreeMapping_cycle, at), "parentId", null); //$NON-NLS-1$
                }
                path.add(at);
                at = byId.get(at).parentId();
            }
            int depth = at == null ? -1 : depths.get(at).intValue();
            for (int i = path.size() - 1; i >= 0; i--) {
                depths.put(path.get(i), Integer.valueOf(++depth));
            }
        }
        return depths;
    }
}
