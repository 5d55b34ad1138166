package io.bulwark.core.move;

import java.util.List;
import java.util.UUID;

/**
 * What applying a structure plan did, per target domain in the plan's order.
 *
 * @param planId
 *            the plan applied
 * @param domains
 *            one outcome per planned domain
 * @param cancelled
 *            whether the work was cancelled before the end; the outcomes say how far it came
 */
public record StructureResult(UUID planId, List<DomainOutcome> domains, boolean cancelled) {

    /** Freezes the outcomes. */
    public StructureResult {
        domains = List.copyOf(domains);
    }

    /** @return whether every planned domain exists on the target with the planned settings */
    public boolean complete() {
        return !cancelled && domains.stream().allMatch(DomainOutcome::done);
    }
}
