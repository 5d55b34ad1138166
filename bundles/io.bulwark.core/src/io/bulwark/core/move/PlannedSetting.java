package io.bulwark.core.move;

/**
 * One settings group a replication changes at a target domain: the domain's own value now and the one it will set, so
 * that the domain's agents get what they have in effect on the source. Values are as
 * {@link io.bulwark.protocol.settings.PolicySettings} holds them ({@code null}: inherited from the domain above).
 *
 * @param group
 *            the settings group, one of {@link io.bulwark.protocol.settings.SettingsGroups#ALL}
 * @param targetValue
 *            what the target domain sets itself at planning; {@code null} if it inherits or does not exist yet
 * @param copiedValue
 *            what it will set; {@code null} to inherit
 */
public record PlannedSetting(String group, Object targetValue, Object copiedValue) {

    /** @return the target's value in one word (the scan method), or {@code null} for other groups or inheritance */
    public String targetWord() {
        return targetValue instanceof String word ? word : null;
    }

    /** @return the copied value in one word (the scan method), or {@code null} for other groups or inheritance */
    public String copiedWord() {
        return copiedValue instanceof String word ? word : null;
    }
}
