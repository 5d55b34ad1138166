package io.bulwark.model.merge;

import java.util.List;
import java.util.Objects;

import io.bulwark.model.settings.Policy;

/**
 * Compares and merges the settings of one scope across every settings group, field by field: what offline editing needs
 * to apply a workspace copy to a server without overwriting anyone's work (DESIGN §6).
 * <p>
 * Lists are compared element by element on their natural keys ({@link NaturalKeys}): an exclusion path, an update
 * source's IP range, a firewall policy or profile name. Removing an element is a change like any other, so a deletion
 * shows up in a comparison and applies in a merge. A group set at the scope and the same group inherited differ as a
 * whole. A policy's scope and version are never compared: they say where and when, not what.
 */
public final class PolicyMerge {

    private PolicyMerge() {
    }

    /**
     * Compares two versions of a scope's settings, e.g. the server's ({@code before}) and the workspace's
     * ({@code after}): the changes that turn one into the other.
     *
     * @param before
     *            one version
     * @param after
     *            the other
     * @return every setting that differs, in document order; empty when they are the same
     */
    public static List<SettingChange> compare(Policy before, Policy after) {
        return Differences.of(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param a
     *            one version
     * @param b
     *            another
     * @return whether they set the same settings ({@link #compare(Policy, Policy)} finds nothing)
     */
    public static boolean same(Policy a, Policy b) {
        return compare(a, b).isEmpty();
    }

    /**
     * Merges the workspace's changes into the server's version. A setting changed on one side only takes that side's
     * value; changed on both sides to the same value, that value; changed on both sides differently, it is a conflict
     * for the administrator to resolve.
     *
     * @param base
     *            the version the workspace copy was taken from; where there is none (a template's first apply to a
     *            target), pass {@code theirs}, so that every difference is a change of yours and none a conflict
     * @param yours
     *            the workspace's version
     * @param theirs
     *            the server's current version
     * @return the changes, the conflicts and the merged policy
     */
    public static MergeResult merge(Policy base, Policy yours, Policy theirs) {
        return new MergeResult(Objects.requireNonNull(base, "base"), Objects.requireNonNull(yours, "yours"), //$NON-NLS-1$ //$NON-NLS-2$
                Objects.requireNonNull(theirs, "theirs")); //$NON-NLS-1$
    }
}
