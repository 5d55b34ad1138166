package io.bulwark.core.move;

import java.util.List;

/**
 * One source domain of a structure replication and its place on the target.
 *
 * @param sourcePath
 *            the domain on the source as a path
 * @param targetPath
 *            the same domain on the target: the target parent's path and the source path
 * @param targetDomainId
 *            the target domain that already has that path (names ignore case, as the server's do), or {@code null} if
 *            it is to be created
 * @param settings
 *            the groups whose own value changes at the target domain; empty if none does
 */
public record PlannedDomain(String sourcePath, String targetPath, Long targetDomainId, List<PlannedSetting> settings) {

    /** Freezes the settings. */
    public PlannedDomain {
        settings = List.copyOf(settings);
    }

    /** @return whether the target has the domain already */
    public boolean present() {
        return targetDomainId != null;
    }
}
