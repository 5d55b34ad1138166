package io.bulwark.core.internal.move;

import io.bulwark.protocol.settings.Firewall;
import io.bulwark.protocol.settings.GlobalAgentSettings;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.ScanTypeSettings;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.UpdateSettings;
import io.bulwark.protocol.settings.UpdateSources;
import io.bulwark.protocol.settings.WebReputation;

/**
 * Replaces one settings group of a scope's own settings, leaving the others as they are: the counterpart of
 * {@link SettingsComparison#value(PolicySettings, String)}.
 */
public final class PolicyGroups {

    private PolicyGroups() {
    }

    /**
     * @param settings
     *            a scope's own settings, or {@code null} for none
     * @param group
     *            one of {@link SettingsGroups#ALL}
     * @param value
     *            the group's new value as {@link SettingsComparison#value(PolicySettings, String)} returns it, or
     *            {@code null} to inherit it
     * @return the settings with that group replaced
     * @throws ClassCastException
     *             if the value is not of the group's type
     */
    public static PolicySettings with(PolicySettings settings, String group, Object value) {
        PolicySettings s = settings == null ? PolicySettings.inheritAll() : settings;
        ScanSettings scans = s.scanSettings() == null ? new ScanSettings(null, null, null, null) : s.scanSettings();
        return switch (group) {
            case SettingsGroups.SCAN_METHOD -> new PolicySettings((String) value, s.scanSettings(), s.privileges(),
                    s.updateSettings(), s.updateSources(), s.webReputation(), s.firewall(), s.globalSettings());
            case SettingsGroups.MANUAL_SCAN -> scans(s, new ScanSettings((ScanTypeSettings) value, scans.realTime(),
                    scans.scheduled(), scans.scanNow()));
            case SettingsGroups.REAL_TIME_SCAN -> scans(s, new ScanSettings(scans.manual(), (ScanTypeSettings) value,
                    scans.scheduled(), scans.scanNow()));
            case SettingsGroups.SCHEDULED_SCAN -> scans(s, new ScanSettings(scans.manual(), scans.realTime(),
                    (ScanTypeSettings) value, scans.scanNow()));
            case SettingsGroups.SCAN_NOW -> scans(s, new ScanSettings(scans.manual(), scans.realTime(),
                    scans.scheduled(), (ScanTypeSettings) value));
            case SettingsGroups.PRIVILEGES -> new PolicySettings(s.scanMethod(), s.scanSettings(), (Privileges) value,
                    s.updateSettings(), s.updateSources(), s.webReputation(), s.firewall(), s.globalSettings());
            case SettingsGroups.UPDATE_SETTINGS -> new PolicySettings(s.scanMethod(), s.scanSettings(), s.privileges(),
                    (UpdateSettings) value, s.updateSources(), s.webReputation(), s.firewall(), s.globalSettings());
            case SettingsGroups.UPDATE_SOURCES -> new PolicySettings(s.scanMethod(), s.scanSettings(), s.privileges(),
                    s.updateSettings(), (UpdateSources) value, s.webReputation(), s.firewall(), s.globalSettings());
            case SettingsGroups.WEB_REPUTATION -> new PolicySettings(s.scanMethod(), s.scanSettings(), s.privileges(),
                    s.updateSettings(), s.updateSources(), (WebReputation) value, s.firewall(), s.globalSettings());
            case SettingsGroups.FIREWALL -> new PolicySettings(s.scanMethod(), s.scanSettings(), s.privileges(),
                    s.updateSettings(), s.updateSources(), s.webReputation(), (Firewall) value, s.globalSettings());
            case SettingsGroups.GLOBAL_SETTINGS -> new PolicySettings(s.scanMethod(), s.scanSettings(), s.privileges(),
                    s.updateSettings(), s.updateSources(), s.webReputation(), s.firewall(),
                    (GlobalAgentSettings) value);
            default -> throw new IllegalArgumentException(group);
        };
    }

    private static PolicySettings scans(PolicySettings s, ScanSettings scans) {
        boolean none = scans.manual() == null && scans.realTime() == null && scans.scheduled() == null
                && scans.scanNow() == null;
        return new PolicySettings(s.scanMethod(), none ? null : scans, s.privileges(), s.updateSettings(),
                s.updateSources(), s.webReputation(), s.firewall(), s.globalSettings());
    }
}
