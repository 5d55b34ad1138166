package io.bulwark.core.policy;

import java.util.List;
import java.util.Objects;

import io.bulwark.model.merge.MergeResult;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.settings.Policy;

/**
 * What applying the workspace to one target would do, worked out before anything is written: the three-way merge of the
 * base, the workspace ("yours") and the server's current settings ("theirs"), with every change that would be written,
 * every change the server made meanwhile that stays, and every conflict for the administrator to resolve.
 *
 * @param target
 *            the server and scope
 * @param template
 *            the template applied, or {@code null} for the workspace's copy of the scope
 * @param source
 *            the workspace's settings the preview was made from (the copy's or the template's), to see later whether
 *            they were edited since
 * @param base
 *            the base of the merge, or {@code null} for a template's first apply to the target: every difference is
 *            then a change of yours (a full comparison) and nothing conflicts
 * @param serverVersion
 *            the server's version the merge was made against; the write requires it in {@code If-Match}
 * @param merge
 *            the merge
 * @param problems
 *            for a merge without conflicts, the rules the merged settings would break (they cannot be written); empty
 *            otherwise
 */
public record ApplyPreview(PolicyTarget target, String template, Policy source, PolicyBase base, long serverVersion,
        MergeResult merge, List<String> problems) {

    /** Requires target, source and merge; freezes the problems. */
    public ApplyPreview {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        Objects.requireNonNull(merge, "merge"); //$NON-NLS-1$
        problems = List.copyOf(problems);
    }

    /** @return whether this is a template's first apply to the target, previewed as a full comparison */
    public boolean firstApply() {
        return base == null;
    }

    /** @return the changes that would be written, in document order */
    public List<SettingChange> changes() {
        return merge.yourChanges();
    }

    /** @return the changes the server made since the base, which stay */
    public List<SettingChange> kept() {
        return merge.theirChanges();
    }

    /** @return the settings both sides changed differently */
    public List<SettingConflict> conflicts() {
        return merge.conflicts();
    }

    /** @return whether there is nothing to write (no change of yours and no conflict) */
    public boolean nothingToApply() {
        return changes().isEmpty() && conflicts().isEmpty();
    }
}
