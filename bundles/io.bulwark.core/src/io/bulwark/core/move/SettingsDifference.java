package io.bulwark.core.move;

/**
 * A settings group whose value in effect for the agents of one source domain differs from the target domain's: the
 * agents take the target's on arrival.
 *
 * @param sourceDomainPath
 *            the agents' domain on the source as a path; empty for the root
 * @param agentCount
 *            how many agents of the move sit there
 * @param group
 *            the settings group, one of {@link io.bulwark.protocol.settings.SettingsGroups#ALL}
 * @param sourceValue
 *            the value there, for groups with a one-word value (the scan method); else {@code null}
 * @param targetValue
 *            the value on the target, likewise
 */
public record SettingsDifference(String sourceDomainPath, int agentCount, String group, String sourceValue,
        String targetValue) {
}
