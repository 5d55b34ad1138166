package io.bulwark.protocol.settings;

import java.util.List;
import java.util.Map;

/**
 * The settings that apply at a scope after inheritance, from {@code GET /api/v1/policies/…/effective}: every group set,
 * each with the scope it comes from.
 *
 * @param scope
 *            the scope asked about
 * @param settings
 *            the complete settings in effect there
 * @param origins
 *            for each group of {@link SettingsGroups#ALL}, the scope that sets it: the scope itself, an enclosing
 *            domain or the root
 * @param warnings
 *            what an administrator should look at in the effective settings; empty if nothing
 */
public record EffectiveSettings(SettingsScope scope, PolicySettings settings, Map<String, SettingsScope> origins,
        List<SettingsWarning> warnings) {
}
