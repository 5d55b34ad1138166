package io.bulwark.core.policy;

import io.bulwark.core.internal.policy.SettingsJson;

/**
 * A setting's value as a person reads it in a comparison or a preview, in the workspace files' own notation, so that
 * the console, the command line and the files show one value the same way.
 */
public final class SettingText {

    private SettingText() {
    }

    /**
     * @param value
     *            a value of a {@link io.bulwark.model.merge.SettingChange} or a
     *            {@link io.bulwark.model.merge.SettingConflict}: an attribute's value, a settings object or a list of
     *            them, or {@code null}
     * @param group
     *            whether the value is a whole settings group, whose absence means it is inherited
     * @return the value as compact JSON, or a word for an absent value ("inherited" for a group, "none" otherwise)
     */
    public static String of(Object value, boolean group) {
        return SettingsJson.text(value, group);
    }
}
