package io.bulwark.core.policy;

import java.util.Objects;

import io.bulwark.model.merge.PolicyMerge;
import io.bulwark.model.settings.Policy;

/**
 * The workspace's copy of one server scope's settings: the settings as edited offline, and the base they were taken
 * from, which the next apply merges against.
 *
 * @param target
 *            the server and scope it was taken from
 * @param base
 *            the server's version and settings when it was taken (or last applied)
 * @param settings
 *            the settings as edited in the workspace ("yours"): the groups the scope sets, the others inherited
 */
public record ScopePolicy(PolicyTarget target, PolicyBase base, Policy settings) {

    /** Requires every part. */
    public ScopePolicy {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        Objects.requireNonNull(base, "base"); //$NON-NLS-1$
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
    }

    /** @return whether the workspace's settings differ from the base: there is something of yours to apply */
    public boolean hasLocalChanges() {
        return !PolicyMerge.same(base.settings(), settings);
    }
}
