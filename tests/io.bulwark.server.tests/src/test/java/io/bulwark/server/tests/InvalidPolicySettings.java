package io.bulwark.server.tests;

import static io.bulwark.server.tests.SettingsSamples.combine;
import static io.bulwark.server.tests.SettingsSamples.of;
import static io.bulwark.server.tests.SettingsSamples.scan;
import static io.bulwark.server.tests.SettingsSamples.scanMethod;
import static io.bulwark.server.tests.SettingsSamples.scans;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

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
 * Settings that break exactly one rule each, with the field the server must name when it refuses them: the cases of
 * {@link PolicySettingsTest}'s invalid-field test, one per kind of check (allowed values, ranges, list sizes, Windows
 * paths, URLs, IP ranges, scope), so the test class keeps to the contract and this one to the data.
 */
final class InvalidPolicySettings {

    private InvalidPolicySettings() {
    }

    static Stream<Arguments> invalidSettings() {
        ScanTypeSettings good = scan("clean", "quarantine", List.of());
        return Stream.of(
                domainCase("scanMethod", scanMethod("quick")),
                domainCase("globalSettings", of(SettingsSamples.global(5))),
                domainCase("scanSettings.realTime.exclusions.folders[2]",
                        of(scans(null,
                                withExclusions(List.of("C:\\ok", "$ProgramFiles\\Common Files", "relative\\dir"),
                                        List.of(), List.of()),
                                null, null))),
                domainCase("scanSettings.realTime.exclusions.folders[0]",
                        of(scans(null, withExclusions(List.of("$TEMP\\x"), List.of(), List.of()), null, null))),
                domainCase("scanSettings.realTime.exclusions.folders[1]",
                        of(scans(null, withExclusions(List.of("D:\\Data", "d:\\data\\"), List.of(), List.of()),
                                null,
                                null))),
                domainCase("scanSettings.manual.exclusions.files[1]",
                        of(scans(withExclusions(List.of(), List.of("ok.sys", "C:\\dir\\bad|name"), List.of()), null,
                                null, null))),
                domainCase("scanSettings.manual.exclusions.files[0]",
                        of(scans(withExclusions(List.of(), Arrays.asList((String) null), List.of()), null, null,
                                null))),
                domainCase("scanSettings.manual.exclusions.extensions[0]",
                        of(scans(withExclusions(List.of(), List.of(), List.of(".mdb")), null, null, null))),
                domainCase("scanSettings.manual.actions.whenCleanFails",
                        of(scans(withActions(new ScanActions("clean", null)), null, null, null))),
                domainCase("scanSettings.scanNow.actions.whenCleanFails",
                        of(scans(null, null, null, withActions(new ScanActions("clean", "clean"))))),
                domainCase("scanSettings.scanNow.actions.first",
                        of(scans(null, null, null, withActions(new ScanActions("burn", null))))),
                domainCase("scanSettings.manual.spywareAssessment.weeks",
                        of(scans(new ScanTypeSettings(good.targets(), good.exclusions(), good.actions(),
                                new SpywareAssessment(true, 53), null), null, null, null))),
                domainCase("scanSettings.manual.targets.compressedLayers",
                        of(scans(new ScanTypeSettings(new ScanTargets("all", List.of(), "all", List.of(), 21),
                                good.exclusions(), good.actions(), null, null), null, null, null))),
                domainCase("scanSettings.manual.targets.extensions",
                        of(scans(new ScanTypeSettings(new ScanTargets("extensions", List.of(), "all", List.of(), 1),
                                good.exclusions(), good.actions(), null, null), null, null, null))),
                domainCase("scanSettings.manual.schedule",
                        of(scans(new ScanTypeSettings(good.targets(), good.exclusions(), good.actions(), null,
                                new Schedule("daily", "10:00", null, null)), null, null, null))),
                domainCase("scanSettings.scheduled.schedule", of(scans(null, null, good, null))),
                domainCase("scanSettings.scheduled.schedule.time",
                        of(scans(null, null, SettingsSamples.scheduledScan("24:00"), null))),
                domainCase("privileges.securityLevel",
                        of(new Privileges(true, true, true, true, true, "maximum", "allow", "allow", null))),
                domainCase("privileges.unloadPassword",
                        of(SettingsSamples.privileges("require_password", null))),
                domainCase("privileges.unloadPassword.password",
                        of(SettingsSamples.privileges("require_password", new UnloadPassword(null, "short")))),
                domainCase("privileges.unloadPassword.set",
                        of(SettingsSamples.privileges("allow", UnloadPassword.shown(true)))),
                domainCase("updateSettings.schedule", of(new UpdateSettings(true, true, true, null))),
                domainCase("updateSettings.schedule.dayOfWeek",
                        of(new UpdateSettings(true, true, true, new Schedule("weekly", "10:00", "someday", null)))),
                domainCase("updateSources.custom[1].ipRange",
                        of(sources(new UpdateSourceEntry("10.0.0.0/8", "http://a.example/", null),
                                new UpdateSourceEntry("10.0.0.300/24", "http://b.example/", null)))),
                domainCase("updateSources.custom[0].ipRange",
                        of(sources(new UpdateSourceEntry("fd00::/129", "http://a.example/", null)))),
                domainCase("updateSources.custom[0].url",
                        of(sources(new UpdateSourceEntry("10.0.0.0/8", "ftp://a.example/", null)))),
                domainCase("updateSources.custom[0].url",
                        of(sources(new UpdateSourceEntry("10.0.0.0/8", "https://user:pw@a.example/", null)))),
                domainCase("updateSources.custom[0].updateAgentId",
                        of(sources(new UpdateSourceEntry("10.0.0.0/8", "http://a.example/",
                                "3f2504e0-4f89-41d3-9a0c-0305e82c3301")))),
                domainCase("updateSources.custom[0].updateAgentId",
                        of(sources(new UpdateSourceEntry("10.0.0.0/8", null, "not-a-guid")))),
                domainCase("updateSources.custom",
                        of(new UpdateSources("standard",
                                List.of(new UpdateSourceEntry("10.0.0.0/8", "http://a.example/", null)), null))),
                domainCase("webReputation.location.gateways[0].ip",
                        of(reputation(new LocationCriteria(List.of(), List.of(new Gateway("10.0.0.0/24", null)))))),
                domainCase("webReputation.location.gateways[0].mac",
                        of(reputation(new LocationCriteria(List.of(), List.of(new Gateway("10.0.0.1", "00:11")))))),
                domainCase("webReputation.location.referenceServers[0].port",
                        of(reputation(new LocationCriteria(List.of(new ReferenceServer("ref.example", 0)),
                                List.of())))),
                domainCase("webReputation.location.referenceServers[0].address",
                        of(reputation(new LocationCriteria(List.of(new ReferenceServer("bad host!", 80)),
                                List.of())))),
                domainCase("webReputation.externalAgents.securityLevel",
                        of(new WebReputation(new WebReputationPolicy(true, true, "low", List.of()),
                                new WebReputationPolicy(true, true, null, List.of()), null))),
                domainCase("firewall.policies[0].rules[0].ports[0]",
                        of(firewall(List.of(new FirewallPolicy("P", "high",
                                List.of(new FirewallRule("inbound", "tcp", List.of("70000"), "allow")))),
                                List.of()))),
                domainCase("firewall.policies[0].rules[0].ports",
                        of(firewall(List.of(new FirewallPolicy("P", "high",
                                List.of(new FirewallRule("inbound", "icmp", List.of("1"), "allow")))),
                                List.of()))),
                domainCase("firewall.policies[1].name",
                        of(firewall(List.of(new FirewallPolicy("Office", "high", List.of()),
                                new FirewallPolicy("OFFICE", "low", List.of())), List.of()))),
                domainCase("firewall.profiles[0].policy",
                        of(firewall(List.of(new FirewallPolicy("Office", "high", List.of())),
                                List.of(new FirewallProfile("All", "Home", List.of("desktop"), List.of()))))),
                domainCase("firewall.profiles[0].platforms[0]",
                        of(firewall(List.of(new FirewallPolicy("Office", "high", List.of())),
                                List.of(new FirewallProfile("All", "Office", List.of("laptop"), List.of()))))),
                domainCase("firewall.profiles[0].ipRanges[0]",
                        of(firewall(List.of(new FirewallPolicy("Office", "high", List.of())),
                                List.of(new FirewallProfile("All", "Office", List.of("server"),
                                        List.of("fd00::/129")))))),
                rootCase("firewall", settings -> new PolicySettings(settings.scanMethod(), settings.scanSettings(),
                        settings.privileges(), settings.updateSettings(), settings.updateSources(),
                        settings.webReputation(), null, settings.globalSettings())),
                rootCase("scanSettings.scanNow", settings -> new PolicySettings(settings.scanMethod(),
                        new ScanSettings(settings.scanSettings().manual(), settings.scanSettings().realTime(),
                                settings.scanSettings().scheduled(), null),
                        settings.privileges(), settings.updateSettings(), settings.updateSources(),
                        settings.webReputation(), settings.firewall(), settings.globalSettings())),
                rootCase("globalSettings.scan.maxCompressedSizeMb", settings -> combine(settings,
                        of(new GlobalAgentSettings(new SharedScanSettings(true, true, 0, 10, true), true, true)))));
    }

    private static Arguments domainCase(String field, PolicySettings settings) {
        return Arguments.of(false, Named.of(field, (UnaryOperator<PolicySettings>) current -> settings), field);
    }

    private static Arguments rootCase(String field, UnaryOperator<PolicySettings> change) {
        return Arguments.of(true, Named.of("root " + field, change), field);
    }

    private static ScanTypeSettings withExclusions(List<String> folders, List<String> files,
            List<String> extensions) {
        ScanTypeSettings good = scan("clean", "quarantine", List.of());
        return new ScanTypeSettings(good.targets(), new ScanExclusions(folders, files, extensions), good.actions(),
                null, null);
    }

    private static ScanTypeSettings withActions(ScanActions actions) {
        ScanTypeSettings good = scan("clean", "quarantine", List.of());
        return new ScanTypeSettings(good.targets(), good.exclusions(), actions, null, null);
    }

    private static UpdateSources sources(UpdateSourceEntry... entries) {
        return new UpdateSources("custom", List.of(entries), true);
    }

    private static WebReputation reputation(LocationCriteria location) {
        WebReputationPolicy policy = new WebReputationPolicy(true, false, "medium", List.of());
        return new WebReputation(policy, policy, location);
    }

    private static Firewall firewall(List<FirewallPolicy> policies, List<FirewallProfile> profiles) {
        return new Firewall(true, false, policies, profiles);
    }
}
