package io.bulwark.core.policy;

import java.util.Objects;

import io.bulwark.model.settings.Policy;

/**
 * What a server held at one scope when the workspace last agreed with it (a pull, or a successful apply): the base of
 * the three-way merge that applies the workspace's changes later.
 *
 * @param version
 *            the scope's version on the server then; a write sends it back in {@code If-Match} only through a merge
 *            with the server's current version
 * @param settings
 *            the scope's own settings then; not to be changed
 */
public record PolicyBase(long version, Policy settings) {

    /** Requires the settings and a version of 0 or more. */
    public PolicyBase {
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        if (version < 0) {
            throw new IllegalArgumentException("version " + version); //$NON-NLS-1$
        }
    }
}
