package io.bulwark.server.internal.settings;

import java.util.List;

import io.bulwark.protocol.settings.Firewall;
import io.bulwark.protocol.settings.FirewallPolicy;
import io.bulwark.protocol.settings.FirewallProfile;
import io.bulwark.protocol.settings.GlobalAgentSettings;
import io.bulwark.protocol.settings.LocationCriteria;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.ScanActions;
import io.bulwark.protocol.settings.ScanExclusions;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.ScanTargets;
import io.bulwark.protocol.settings.ScanTypeSettings;
import io.bulwark.protocol.settings.Schedule;
import io.bulwark.protocol.settings.SharedScanSettings;
import io.bulwark.protocol.settings.SpywareAssessment;
import io.bulwark.protocol.settings.UnloadPassword;
import io.bulwark.protocol.settings.UpdateSettings;
import io.bulwark.protocol.settings.UpdateSources;
import io.bulwark.protocol.settings.WebReputation;
import io.bulwark.protocol.settings.WebReputationPolicy;

/**
 * The root settings a new server starts with, following the original product's defaults: smart scan; every scan type
 * over all files with two layers of compressed files, cleaning first and quarantining what cannot be cleaned; agents
 * update from the server after it downloads components and when they restart; web reputation for external agents; the
 * firewall on desktops with an allow-all policy; no unload password (the installer of the original asks for one, here
 * an administrator sets it).
 */
final class DefaultSettings {

    private static final int COMPRESSED_LAYERS = 2;

    private DefaultSettings() {
    }

    static PolicySettings root() {
        ScanTypeSettings scan = scanType(null);
        ScanSettings scans = new ScanSettings(scan, scan,
                scanType(new Schedule(Schedule.WEEKLY, "12:00", "friday", null)), scan); //$NON-NLS-1$ //$NON-NLS-2$
        Privileges privileges = new Privileges(Boolean.FALSE, Boolean.FALSE, Boolean.FALSE, Boolean.TRUE,
                Boolean.FALSE, Privileges.NORMAL, Privileges.ALLOW, Privileges.ALLOW, UnloadPassword.shown(false));
        UpdateSettings updates = new UpdateSettings(Boolean.TRUE, Boolean.TRUE, Boolean.FALSE, null);
        WebReputation reputation = new WebReputation(
                new WebReputationPolicy(Boolean.FALSE, Boolean.FALSE, WebReputationPolicy.LOW, List.of()),
                new WebReputationPolicy(Boolean.TRUE, Boolean.FALSE, WebReputationPolicy.MEDIUM, List.of()),
                new LocationCriteria(List.of(), List.of()));
        String allAccess = "All access"; //$NON-NLS-1$
        Firewall firewall = new Firewall(Boolean.TRUE, Boolean.FALSE,
                List.of(new FirewallPolicy(allAccess, FirewallPolicy.LOW, List.of())),
                List.of(new FirewallProfile("All agents", allAccess, FirewallProfile.PLATFORMS, List.of()))); //$NON-NLS-1$
        GlobalAgentSettings global = new GlobalAgentSettings(
                new SharedScanSettings(Boolean.TRUE, Boolean.TRUE, Integer.valueOf(2), Integer.valueOf(100),
                        Boolean.TRUE),
                Boolean.FALSE, Boolean.TRUE);
        return new PolicySettings(PolicySettings.SMART_SCAN, scans, privileges, updates, UpdateSources.standard(),
                reputation, firewall, global);
    }

    private static ScanTypeSettings scanType(Schedule schedule) {
        return new ScanTypeSettings(
                new ScanTargets(ScanTargets.ALL_FILES, List.of(), ScanTargets.ALL_FOLDERS, List.of(),
                        Integer.valueOf(COMPRESSED_LAYERS)),
                ScanExclusions.none(), new ScanActions(ScanActions.CLEAN, ScanActions.QUARANTINE),
                SpywareAssessment.off(), schedule);
    }
}
