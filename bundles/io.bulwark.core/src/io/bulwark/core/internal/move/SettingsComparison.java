package io.bulwark.core.internal.move;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.SettingsGroups;

/** Compares two complete settings documents group by group, in the order of {@link SettingsGroups#ALL}. */
public final class SettingsComparison {

    private SettingsComparison() {
    }

    /**
     * @param from
     *            the settings in effect now
     * @param to
     *            the settings in effect after the move
     * @return the groups whose values differ
     */
    public static List<String> differingGroups(PolicySettings from, PolicySettings to) {
        List<String> groups = new ArrayList<>();
        for (String group : SettingsGroups.ALL) {
            if (!Objects.equals(value(from, group), value(to, group))) {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * @param settings
     *            a settings document
     * @param group
     *            one of {@link SettingsGroups#ALL}
     * @return the group's value, {@code null} if unset
     */
    public static Object value(PolicySettings settings, String group) {
        if (settings == null) {
            return null;
        }
        ScanSettings scans = settings.scanSettings();
        return switch (group) {
            case SettingsGroups.SCAN_METHOD -> settings.scanMethod();
            case SettingsGroups.MANUAL_SCAN -> scans == null ? null : scans.manual();
            case SettingsGroups.REAL_TIME_SCAN -> scans == null ? null : scans.realTime();
            case SettingsGroups.SCHEDULED_SCAN -> scans == null ? null : scans.scheduled();
            case SettingsGroups.SCAN_NOW -> scans == null ? null : scans.scanNow();
            case SettingsGroups.PRIVILEGES -> settings.privileges();
            case SettingsGroups.UPDATE_SETTINGS -> settings.updateSettings();
            case SettingsGroups.UPDATE_SOURCES -> settings.updateSources();
            case SettingsGroups.WEB_REPUTATION -> settings.webReputation();
            case SettingsGroups.FIREWALL -> settings.firewall();
            case SettingsGroups.GLOBAL_SETTINGS -> settings.globalSettings();
            default -> throw new IllegalArgumentException(group);
        };
    }
}
