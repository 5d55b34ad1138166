package io.bulwark.protocol.settings;

import java.util.List;

/**
 * The names of the settings groups as inheritance sees them: the keys of {@link EffectiveSettings#origins()}. A group
 * is set or inherited as a whole; scan settings are inherited per scan type.
 */
public final class SettingsGroups {

    /** {@link PolicySettings#scanMethod()}. */
    public static final String SCAN_METHOD = "scanMethod"; //$NON-NLS-1$
    /** {@link ScanSettings#manual()}. */
    public static final String MANUAL_SCAN = "scanSettings.manual"; //$NON-NLS-1$
    /** {@link ScanSettings#realTime()}. */
    public static final String REAL_TIME_SCAN = "scanSettings.realTime"; //$NON-NLS-1$
    /** {@link ScanSettings#scheduled()}. */
    public static final String SCHEDULED_SCAN = "scanSettings.scheduled"; //$NON-NLS-1$
    /** {@link ScanSettings#scanNow()}. */
    public static final String SCAN_NOW = "scanSettings.scanNow"; //$NON-NLS-1$
    /** {@link PolicySettings#privileges()}. */
    public static final String PRIVILEGES = "privileges"; //$NON-NLS-1$
    /** {@link PolicySettings#updateSettings()}. */
    public static final String UPDATE_SETTINGS = "updateSettings"; //$NON-NLS-1$
    /** {@link PolicySettings#updateSources()}. */
    public static final String UPDATE_SOURCES = "updateSources"; //$NON-NLS-1$
    /** {@link PolicySettings#webReputation()}. */
    public static final String WEB_REPUTATION = "webReputation"; //$NON-NLS-1$
    /** {@link PolicySettings#firewall()}. */
    public static final String FIREWALL = "firewall"; //$NON-NLS-1$
    /** {@link PolicySettings#globalSettings()}; always from the root. */
    public static final String GLOBAL_SETTINGS = "globalSettings"; //$NON-NLS-1$

    /** Every group, in document order. */
    public static final List<String> ALL = List.of(SCAN_METHOD, MANUAL_SCAN, REAL_TIME_SCAN, SCHEDULED_SCAN, SCAN_NOW,
            PRIVILEGES, UPDATE_SETTINGS, UPDATE_SOURCES, WEB_REPUTATION, FIREWALL, GLOBAL_SETTINGS);

    private SettingsGroups() {
    }
}
