package io.bulwark.core.policy;

import java.util.List;
import java.util.Objects;

import io.bulwark.model.merge.SettingChange;

/**
 * How a workspace copy (or a template at one target) differs from what the server holds at that scope now.
 *
 * @param target
 *            the server and scope
 * @param baseVersion
 *            the version the copy was taken from, or -1 when there is none (a template never applied there)
 * @param serverVersion
 *            the server's version now
 * @param changes
 *            every setting that differs, {@link SettingChange#before()} the server's value and
 *            {@link SettingChange#after()} the workspace's: what applying would change were nobody else to change the
 *            server
 */
public record ScopeDiff(PolicyTarget target, long baseVersion, long serverVersion, List<SettingChange> changes) {

    /** Requires target and changes; freezes the changes. */
    public ScopeDiff {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        changes = List.copyOf(changes);
    }

    /** @return whether the server changed the scope since the copy was taken (or there is no base) */
    public boolean serverChangedSinceBase() {
        return baseVersion != serverVersion;
    }
}
