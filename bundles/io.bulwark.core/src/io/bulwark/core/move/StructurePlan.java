package io.bulwark.core.move;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A structure replication as planned, before anything is written: the target domains to create in creation order (every
 * parent before its children), those present already, and per domain the settings groups that change. Carried out by
 * {@link StructureReplication#apply(StructurePlan, org.eclipse.core.runtime.IProgressMonitor)}.
 *
 * @param planId
 *            the plan's id: the creations it makes are idempotent by it, so applying the same plan twice creates each
 *            domain once
 * @param plannedAt
 *            when the plan was made
 * @param targetParentPath
 *            the target domain the structure goes under; empty for the root
 * @param groups
 *            the settings groups copied
 * @param domains
 *            every replicated domain, parents before children
 * @param notes
 *            what a person should know that the plan cannot do (e.g. settings that cannot be copied); empty if nothing
 */
public record StructurePlan(UUID planId, Instant plannedAt, String targetParentPath, List<String> groups,
        List<PlannedDomain> domains, List<String> notes) {

    /** Freezes the lists. */
    public StructurePlan {
        groups = List.copyOf(groups);
        domains = List.copyOf(domains);
        notes = List.copyOf(notes);
    }

    /** @return the target paths of the domains to create, in creation order */
    public List<String> toCreate() {
        return domains.stream().filter(domain -> !domain.present()).map(PlannedDomain::targetPath).toList();
    }

    /** @return the target paths of the domains the target has already */
    public List<String> present() {
        return domains.stream().filter(PlannedDomain::present).map(PlannedDomain::targetPath).toList();
    }

    /** @return whether applying the plan would change nothing on the target */
    public boolean nothingToDo() {
        return domains.stream().allMatch(domain -> domain.present() && domain.settings().isEmpty());
    }
}
