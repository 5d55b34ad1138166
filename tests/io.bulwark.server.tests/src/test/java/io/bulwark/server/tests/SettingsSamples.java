package io.bulwark.server.tests;

import java.util.List;

import io.bulwark.protocol.settings.Firewall;
import io.bulwark.protocol.settings.FirewallPolicy;
import io.bulwark.protocol.settings.FirewallProfile;
import io.bulwark.protocol.settings.FirewallRule;
import io.bulwark.protocol.settings.Gateway;
import io.bulwark.protocol.settings.GlobalAgentSettings;
import io.bulwark.protocol.settings.LocationCriteria;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.ReferenceServer;
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
import io.bulwark.protocol.settings.UpdateSourceEntry;
import io.bulwark.protocol.settings.UpdateSources;
import io.bulwark.protocol.settings.WebReputation;
import io.bulwark.protocol.settings.WebReputationPolicy;

/**
 * Valid settings groups for the settings tests, each distinguishable from the root's defaults, and a way to combine
 * groups into one scope's document.
 */
final class SettingsSamples {

    private SettingsSamples() {
    }

    static ScanTypeSettings scan(String first, String whenCleanFails, List<String> excludedFolders) {
        return new ScanTypeSettings(new ScanTargets("all", List.of(), "all", List.of(), 3),
                new ScanExclusions(excludedFolders, List.of("pagefile.sys", "$WINDIR\\Temp\\*.tmp"), List.of("mdb")),
                new ScanActions(first, whenCleanFails), SpywareAssessment.off(), null);
    }

    static ScanTypeSettings scheduledScan(String time) {
        return new ScanTypeSettings(
                new ScanTargets("extensions", List.of("exe", "dll"), "specified", List.of("D:\\Data", "$BOOTDISK\\"),
                        1),
                ScanExclusions.none(), new ScanActions("quarantine", null), new SpywareAssessment(true, 4),
                new Schedule("monthly", time, null, 15));
    }

    static ScanSettings scans(ScanTypeSettings manual, ScanTypeSettings realTime, ScanTypeSettings scheduled,
            ScanTypeSettings scanNow) {
        return new ScanSettings(manual, realTime, scheduled, scanNow);
    }

    static Privileges privileges(String unload, UnloadPassword password) {
        return new Privileges(true, true, false, true, true, "high", unload, unload, password);
    }

    static UpdateSettings updates(String time) {
        return new UpdateSettings(false, true, true, new Schedule("weekly", time, "sunday", null));
    }

    static UpdateSources customSources() {
        return new UpdateSources("custom",
                List.of(new UpdateSourceEntry("10.20.0.0/16", "https://branch-share.corp.example/ofcscan", null),
                        new UpdateSourceEntry("10.20.30.1-10.20.30.99", null, "3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
                        new UpdateSourceEntry("fd00:20::/32", "http://[fd00:20::5]:8080/au", null),
                        new UpdateSourceEntry("fd00:20:1::/48", "http://au6.corp.example/", null)),
                true);
    }

    static WebReputation webReputation(String externalLevel) {
        return new WebReputation(new WebReputationPolicy(true, true, "low", List.of("https://intranet.corp.example/")),
                new WebReputationPolicy(true, false, externalLevel, List.of()),
                new LocationCriteria(List.of(new ReferenceServer("ref.corp.example", 80)),
                        List.of(new Gateway("10.0.0.1", "00:1A:2B:3C:4D:5E"), new Gateway("fd00::1", null))));
    }

    static Firewall firewall(String policyName) {
        return new Firewall(true, true,
                List.of(new FirewallPolicy(policyName, "medium",
                        List.of(new FirewallRule("inbound", "tcp", List.of("443", "8000-8080"), "allow"),
                                new FirewallRule("both", "icmp", List.of(), "deny")))),
                List.of(new FirewallProfile("Servers", policyName, List.of("server"),
                        List.of("10.0.0.0/8", "fd00::/8"))));
    }

    static GlobalAgentSettings global(int maxCompressedSizeMb) {
        return new GlobalAgentSettings(new SharedScanSettings(true, false, maxCompressedSizeMb, 500, false), true,
                false);
    }

    /** @return a document with only the scan method set */
    static PolicySettings scanMethod(String method) {
        return new PolicySettings(method, null, null, null, null, null, null, null);
    }

    /**
     * @return a document with every group any of the parts sets, the later part winning; scan types are combined one by
     *         one
     */
    static PolicySettings combine(PolicySettings... parts) {
        PolicySettings result = PolicySettings.inheritAll();
        for (PolicySettings part : parts) {
            ScanSettings scans = result.scanSettings();
            if (part.scanSettings() != null) {
                ScanSettings old = scans == null ? new ScanSettings(null, null, null, null) : scans;
                ScanSettings add = part.scanSettings();
                scans = new ScanSettings(or(add.manual(), old.manual()), or(add.realTime(), old.realTime()),
                        or(add.scheduled(), old.scheduled()), or(add.scanNow(), old.scanNow()));
            }
            result = new PolicySettings(or(part.scanMethod(), result.scanMethod()), scans,
                    or(part.privileges(), result.privileges()), or(part.updateSettings(), result.updateSettings()),
                    or(part.updateSources(), result.updateSources()), or(part.webReputation(), result.webReputation()),
                    or(part.firewall(), result.firewall()), or(part.globalSettings(), result.globalSettings()));
        }
        return result;
    }

    static PolicySettings of(ScanSettings scans) {
        return new PolicySettings(null, scans, null, null, null, null, null, null);
    }

    static PolicySettings of(Privileges privileges) {
        return new PolicySettings(null, null, privileges, null, null, null, null, null);
    }

    static PolicySettings of(UpdateSettings updates) {
        return new PolicySettings(null, null, null, updates, null, null, null, null);
    }

    static PolicySettings of(UpdateSources sources) {
        return new PolicySettings(null, null, null, null, sources, null, null, null);
    }

    static PolicySettings of(WebReputation reputation) {
        return new PolicySettings(null, null, null, null, null, reputation, null, null);
    }

    static PolicySettings of(Firewall firewall) {
        return new PolicySettings(null, null, null, null, null, null, firewall, null);
    }

    static PolicySettings of(GlobalAgentSettings global) {
        return new PolicySettings(null, null, null, null, null, null, null, global);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
