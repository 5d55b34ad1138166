package io.bulwark.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.model.settings.Policy;

/**
 * The outcome of a three-way merge of one scope's policy ({@link PolicyMerge#merge(Policy, Policy, Policy)}): the
 * changes only the workspace made (they apply), the changes only the server saw (they stay), and the conflicts, which
 * the administrator resolves one by one before {@link #merged(Map)} gives the policy to write. It keeps its own copies
 * of the three versions, so later edits to them do not change it.
 */
public final class MergeResult {

    private final Policy base;
    private final Policy yours;
    private final Policy theirs;
    private final List<SettingChange> yourChanges;
    private final List<SettingChange> theirChanges;
    private final List<SettingConflict> conflicts;

    MergeResult(Policy base, Policy yours, Policy theirs) {
        this.base = EcoreUtil.copy(base);
        this.yours = EcoreUtil.copy(yours);
        this.theirs = EcoreUtil.copy(theirs);
        ThreeWay run = new ThreeWay(conflict -> MergeSide.THEIRS);
        run.merge(this.base, this.yours, this.theirs);
        this.yourChanges = List.copyOf(run.yours);
        this.theirChanges = List.copyOf(run.theirs);
        this.conflicts = List.copyOf(run.conflicts);
    }

    /** @return the changes only the workspace made since the base, in document order: each is applied */
    public List<SettingChange> yourChanges() {
        return yourChanges;
    }

    /** @return the changes only the server saw since the base, in document order: each is kept */
    public List<SettingChange> theirChanges() {
        return theirChanges;
    }

    /** @return the settings both sides changed differently, in document order */
    public List<SettingConflict> conflicts() {
        return conflicts;
    }

    /** @return a copy of the server's version the merge was made against */
    public Policy theirs() {
        return EcoreUtil.copy(theirs);
    }

    /** @return whether some setting needs the administrator's choice */
    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /**
     * @return the merged policy when there is no conflict: the server's version with the workspace's changes; scope and
     *         version are the server's
     * @throws IllegalStateException
     *             if there are conflicts
     */
    public Policy merged() {
        if (hasConflicts()) {
            throw new IllegalStateException(conflicts.size() + " conflict(s) need a choice"); //$NON-NLS-1$
        }
        return merged(Map.of());
    }

    /**
     * @param choices
     *            the side each conflict takes, by its path
     * @return the merged policy: the server's version with the workspace's changes and the chosen values; scope and
     *         version are the server's
     * @throws IllegalArgumentException
     *             if a conflict has no choice, naming the paths without one
     */
    public Policy merged(Map<SettingPath, MergeSide> choices) {
        Objects.requireNonNull(choices, "choices"); //$NON-NLS-1$
        List<String> missing = new ArrayList<>();
        for (SettingConflict conflict : conflicts) {
            if (!choices.containsKey(conflict.path())) {
                missing.add(conflict.path().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No choice for " + String.join(", ", missing)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ThreeWay(conflict -> choices.get(conflict.path())).merge(base, yours, theirs);
    }
}
