package io.bulwark.model.merge;

import java.util.Objects;

/**
 * A setting both sides of a merge changed, differently, since their common base: the administrator chooses which value
 * the result takes. Values have the form of {@link SettingChange}'s.
 *
 * @param path
 *            where the setting sits
 * @param base
 *            its value in the version both sides started from ({@code null} when absent)
 * @param theirs
 *            its value on the server now
 * @param yours
 *            its value in the workspace
 */
public record SettingConflict(SettingPath path, Object base, Object theirs, Object yours) {

    /** Requires the path. */
    public SettingConflict {
        Objects.requireNonNull(path, "path"); //$NON-NLS-1$
    }

    /**
     * @param side
     *            a side
     * @return the setting's value on that side
     */
    public Object value(MergeSide side) {
        return switch (side) {
            case BASE -> base;
            case THEIRS -> theirs;
            case YOURS -> yours;
        };
    }
}
