package io.bulwark.client.tests;

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

/** Settings documents the tests write to servers and map to the model. */
public final class SettingsSamples {

    private SettingsSamples() {
    }

    /** @return a document that sets every group and every field, with values the server accepts at the root */
    public static PolicySettings everyFieldSet() {
        ScanSettings scans = new ScanSettings(scanType("daily", null), scanType("weekly", "saturday"),
                scanType("monthly", null), scanType("weekly", "sunday"));
        Privileges privileges = new Privileges(Boolean.TRUE, Boolean.TRUE, Boolean.TRUE, Boolean.TRUE, Boolean.TRUE,
                Privileges.HIGH, Privileges.REQUIRE_PASSWORD, Privileges.REQUIRE_PASSWORD,
                new UnloadPassword(Boolean.TRUE, "correct horse battery"));
        UpdateSettings updates = new UpdateSettings(Boolean.TRUE, Boolean.TRUE, Boolean.TRUE,
                new Schedule(Schedule.WEEKLY, "03:15", "wednesday", Integer.valueOf(12)));
        UpdateSources sources = new UpdateSources(UpdateSources.CUSTOM,
                List.of(new UpdateSourceEntry("10.1.0.0/16", "https://share.remote1.example/au",
                        "3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
                        new UpdateSourceEntry("fd00:1::/64", "https://[fd00:1::5]/au",
                                "3f2504e0-4f89-41d3-9a0c-0305e82c3302")),
                Boolean.TRUE);
        WebReputation reputation = new WebReputation(
                new WebReputationPolicy(Boolean.TRUE, Boolean.TRUE, WebReputationPolicy.MEDIUM,
                        List.of("https://intranet.corp.example/")),
                new WebReputationPolicy(Boolean.TRUE, Boolean.TRUE, WebReputationPolicy.LOW,
                        List.of("https://partner.example/", "http://legacy.example/")),
                new LocationCriteria(List.of(new ReferenceServer("ref.corp.example", Integer.valueOf(8443))),
                        List.of(new Gateway("10.1.0.1", "00:1A:2B:3C:4D:5E"))));
        Firewall firewall = new Firewall(Boolean.TRUE, Boolean.TRUE,
                List.of(new FirewallPolicy("Office", FirewallPolicy.MEDIUM,
                        List.of(new FirewallRule(FirewallRule.OUTBOUND, FirewallRule.UDP, List.of("53", "5000-5100"),
                                FirewallRule.DENY)))),
                List.of(new FirewallProfile("Servers", "Office",
                        List.of(FirewallProfile.SERVER, FirewallProfile.DESKTOP),
                        List.of("10.0.0.0/8"))));
        GlobalAgentSettings global = new GlobalAgentSettings(new SharedScanSettings(Boolean.TRUE, Boolean.TRUE,
                Integer.valueOf(512), Integer.valueOf(5000), Boolean.TRUE), Boolean.TRUE, Boolean.TRUE);
        return new PolicySettings(PolicySettings.STANDARD_SCAN, scans, privileges, updates, sources, reputation,
                firewall, global);
    }

    /** @return settings of one scan type with every field set, scheduled as given */
    public static ScanTypeSettings scanType(String frequency, String day) {
        return new ScanTypeSettings(
                new ScanTargets(ScanTargets.EXTENSIONS, List.of("exe", "dll"), ScanTargets.SPECIFIED_FOLDERS,
                        List.of("C:\\Users", "$WINDIR\\Temp"), Integer.valueOf(5)),
                new ScanExclusions(List.of("D:\\Exchsrvr\\mdbdata"), List.of("pagefile.sys"), List.of("mdb")),
                new ScanActions(ScanActions.CLEAN, ScanActions.QUARANTINE),
                new SpywareAssessment(Boolean.TRUE, Integer.valueOf(6)),
                new Schedule(frequency, "22:30", day == null ? "tuesday" : day, Integer.valueOf(15)));
    }

    /**
     * @return every group set, as the server accepts it at the root: like {@link #everyFieldSet()}, but only the
     *         scheduled scan has a schedule, and schedules name only the day their frequency needs, and update sources
     *         are given by address alone (an update agent must exist on the server)
     */
    public static PolicySettings everyGroupAtTheRoot() {
        PolicySettings all = everyFieldSet();
        ScanSettings scans = all.scanSettings();
        ScanTypeSettings scheduled = scans.scheduled();
        ScanSettings valid = new ScanSettings(unscheduled(scans.manual()), unscheduled(scans.realTime()),
                new ScanTypeSettings(scheduled.targets(), scheduled.exclusions(), scheduled.actions(),
                        scheduled.spywareAssessment(), new Schedule(Schedule.MONTHLY, "22:30", null,
                                Integer.valueOf(15))),
                unscheduled(scans.scanNow()));
        UpdateSettings updates = all.updateSettings();
        UpdateSettings validUpdates = new UpdateSettings(updates.afterServerDownload(), updates.onAgentRestart(),
                updates.scheduled(), new Schedule(Schedule.WEEKLY, "03:15", "wednesday", null));
        List<UpdateSourceEntry> urlsOnly = all.updateSources().custom().stream()
                .map(entry -> new UpdateSourceEntry(entry.ipRange(), entry.url(), null)).toList();
        UpdateSources sources = new UpdateSources(all.updateSources().mode(), urlsOnly,
                all.updateSources().fallbackToServer());
        return new PolicySettings(all.scanMethod(), valid, all.privileges(), validUpdates, sources,
                all.webReputation(), all.firewall(), all.globalSettings());
    }

    private static ScanTypeSettings unscheduled(ScanTypeSettings scan) {
        return new ScanTypeSettings(scan.targets(), scan.exclusions(), scan.actions(), scan.spywareAssessment(), null);
    }

    /** @return what a branch office overrides: the scan method and its update sources */
    public static PolicySettings branchOverrides() {
        UpdateSources sources = new UpdateSources(UpdateSources.CUSTOM,
                List.of(new UpdateSourceEntry("10.7.0.0/16", "https://branch.example/au", null)),
                Boolean.FALSE);
        return new PolicySettings(PolicySettings.SMART_SCAN, null, null, null, sources, null, null, null);
    }

    /** @return what one agent overrides: its firewall */
    public static PolicySettings agentOverrides() {
        Firewall firewall = new Firewall(Boolean.TRUE, Boolean.FALSE,
                List.of(new FirewallPolicy("Lab bench", FirewallPolicy.HIGH,
                        List.of(new FirewallRule(FirewallRule.INBOUND, FirewallRule.TCP, List.of("3389"),
                                FirewallRule.DENY)))),
                List.of());
        return new PolicySettings(null, null, null, null, null, null, firewall, null);
    }

    /**
     * @param method
     *            {@link PolicySettings#SMART_SCAN} or {@link PolicySettings#STANDARD_SCAN}
     * @return a document that sets only the scan method
     */
    public static PolicySettings scanMethodOnly(String method) {
        return new PolicySettings(method, null, null, null, null, null, null, null);
    }
}
