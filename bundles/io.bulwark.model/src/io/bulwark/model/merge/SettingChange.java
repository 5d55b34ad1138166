package io.bulwark.model.merge;

import java.util.Objects;

/**
 * One setting that differs between two versions of a policy: a field with another value, a list element added or
 * removed, or a whole group set where it was inherited (or the reverse).
 *
 * @param path
 *            where the setting sits
 * @param before
 *            its value in the first version: an attribute's value, a settings object (a group, an element of a list, a
 *            contained object) or a list of them, detached from any policy; {@code null} when absent, unset or
 *            inherited
 * @param after
 *            its value in the second version, in the same form
 */
public record SettingChange(SettingPath path, Object before, Object after) {

    /** What kind of change it is. */
    public enum Kind {
        /** Absent before: an element added to a list, a group set where it was inherited, an optional part set. */
        ADDED,
        /** Absent after: an element removed from a list, a group inherited again, an optional part removed. */
        REMOVED,
        /** Present on both sides with different values. */
        CHANGED
    }

    /** Requires the path. */
    public SettingChange {
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
    }

    /** @return whether the setting was added, removed or changed */
    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        return after == null ? Kind.REMOVED : Kind.CHANGED;
    }
}
