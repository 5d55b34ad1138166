package io.bulwark.server.internal.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Inheritance of settings groups: a scope's value for a group is its own if it sets the group, else its parent's. Scan
 * settings are inherited per scan type; global agent settings always come from the root.
 */
final class SettingsInheritance {

    /**
     * Complete settings with the scope each group comes from.
     *
     * @param settings
     *            every group set
     * @param origins
     *            by {@link SettingsGroups} name, in document order
     */
    record Resolved(PolicySettings settings, Map<String, SettingsScope> origins) {
    }

    private SettingsInheritance() {
    }

    /**
     * @param root
     *            the root's complete settings
     * @return them, every group from the root
     */
    static Resolved root(PolicySettings root) {
        Map<String, SettingsScope> origins = new LinkedHashMap<>();
        for (String group : SettingsGroups.ALL) {
            origins.put(group, SettingsScope.root());
        }
        return new Resolved(root, Collections.unmodifiableMap(origins));
    }

    /**
     * @param own
     *            what a scope sets itself
     * @param scope
     *            that scope
     * @param inherited
     *            what its parent resolves to
     * @return what the scope resolves to
     */
    static Resolved overlay(PolicySettings own, SettingsScope scope, Resolved inherited) {
        PolicySettings parent = inherited.settings();
        Map<String, SettingsScope> origins = new LinkedHashMap<>(inherited.origins());
        ScanSettings ownScans = own.scanSettings() == null
                ? new ScanSettings(null, null, null, null)
                : own.scanSettings();
        ScanSettings parentScans = parent.scanSettings();
        ScanSettings scans = new ScanSettings(
                pick(ownScans.manual(), parentScans.manual(), SettingsGroups.MANUAL_SCAN, scope, origins),
                pick(ownScans.realTime(), parentScans.realTime(), SettingsGroups.REAL_TIME_SCAN, scope, origins),
                pick(ownScans.scheduled(), parentScans.scheduled(), SettingsGroups.SCHEDULED_SCAN, scope, origins),
                pick(ownScans.scanNow(), parentScans.scanNow(), SettingsGroups.SCAN_NOW, scope, origins));
        PolicySettings settings = new PolicySettings(
                pick(own.scanMethod(), parent.scanMethod(), SettingsGroups.SCAN_METHOD, scope, origins), scans,
                pick(own.privileges(), parent.privileges(), SettingsGroups.PRIVILEGES, scope, origins),
                pick(own.updateSettings(), parent.updateSettings(), SettingsGroups.UPDATE_SETTINGS, scope, origins),
                pick(own.updateSources(), parent.updateSources(), SettingsGroups.UPDATE_SOURCES, scope, origins),
                pick(own.webReputation(), parent.webReputation(), SettingsGroups.WEB_REPUTATION, scope, origins),
                pick(own.firewall(), parent.firewall(), SettingsGroups.FIREWALL, scope, origins),
                parent.globalSettings());
        return new Resolved(settings, Collections.unmodifiableMap(origins));
    }

    private static <T> T pick(T own, T inherited, String group, SettingsScope scope,
            Map<String, SettingsScope> origins) {
        if (own == null) {
            return inherited;
        }
        origins.put(group, scope);
        return own;
    }
}
