package io.bulwark.model.tests;

import io.bulwark.model.settings.AgentSecurityLevel;
import io.bulwark.model.settings.DayOfWeek;
import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallAction;
import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.FirewallProtocol;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.FirewallSecurityLevel;
import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanFiles;
import io.bulwark.model.settings.ScanFolders;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.ScanMethodSettings;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SharedScanSettings;
import io.bulwark.model.settings.SpywareAssessment;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UnloadRule;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.model.settings.WebReputation;
import io.bulwark.model.settings.WebReputationPolicy;
import io.bulwark.model.settings.WebReputationSecurityLevel;

/** A root policy that sets every group and breaks no rule, for tests to change one thing at a time. */
final class ValidSettings {

    private static final SettingsFactory F = SettingsFactory.eINSTANCE;

    private ValidSettings() {
    }

    static Policy rootPolicy() {
        Policy policy = F.createPolicy();
        policy.setScope(PolicyScope.ROOT);
        ScanMethodSettings method = F.createScanMethodSettings();
        method.setMethod(ScanMethod.STANDARD);
        policy.setScanMethod(method);
        policy.setManualScan(scanType(null));
        policy.setRealTimeScan(scanType(null));
        Schedule weekly = F.createSchedule();
        weekly.setFrequency(ScheduleFrequency.WEEKLY);
        weekly.setTime("12:00");
        weekly.setDayOfWeek(DayOfWeek.FRIDAY);
        policy.setScheduledScan(scanType(weekly));
        policy.setScanNow(scanType(null));
        policy.setPrivileges(privileges());
        policy.setUpdateSettings(updateSettings());
        policy.setUpdateSources(updateSources());
        policy.setWebReputation(webReputation());
        policy.setFirewall(firewall());
        policy.setGlobalSettings(globalSettings());
        return policy;
    }

    static ScanTypeSettings scanType(Schedule schedule) {
        ScanTypeSettings settings = F.createScanTypeSettings();
        ScanTargets targets = F.createScanTargets();
        targets.setFiles(ScanFiles.EXTENSIONS);
        targets.getExtensions().add("exe");
        targets.setFolders(ScanFolders.SPECIFIED);
        targets.getSpecifiedFolders().add("C:\\Users");
        targets.setCompressedLayers(2);
        settings.setTargets(targets);
        ScanExclusions exclusions = F.createScanExclusions();
        exclusions.getFolders().add("$ProgramFiles\\Microsoft SQL Server");
        exclusions.getFolders().add("D:\\Exchsrvr\\mdbdata");
        exclusions.getFolders().add("\\\\fileserver\\share\\dir");
        exclusions.getFiles().add("pagefile.sys");
        exclusions.getFiles().add("$WINDIR\\Temp\\*.tmp");
        exclusions.getExtensions().add("mdb");
        settings.setExclusions(exclusions);
        ScanActions actions = F.createScanActions();
        actions.setFirst(ScanAction.CLEAN);
        actions.setWhenCleanFails(ScanAction.QUARANTINE);
        settings.setActions(actions);
        SpywareAssessment assessment = F.createSpywareAssessment();
        assessment.setEnabled(true);
        assessment.setWeeks(4);
        settings.setSpywareAssessment(assessment);
        settings.setSchedule(schedule);
        return settings;
    }

    static Privileges privileges() {
        Privileges privileges = F.createPrivileges();
        privileges.setSecurityLevel(AgentSecurityLevel.HIGH);
        privileges.setUnload(UnloadRule.REQUIRE_PASSWORD);
        privileges.setUninstall(UnloadRule.ALLOW);
        UnloadPassword password = F.createUnloadPassword();
        password.setPassword("correct horse");
        privileges.setUnloadPassword(password);
        return privileges;
    }

    static UpdateSettings updateSettings() {
        UpdateSettings settings = F.createUpdateSettings();
        settings.setScheduled(true);
        Schedule hourly = F.createSchedule();
        hourly.setFrequency(ScheduleFrequency.HOURLY);
        settings.setSchedule(hourly);
        return settings;
    }

    static UpdateSources updateSources() {
        UpdateSources sources = F.createUpdateSources();
        sources.setMode(UpdateSourceMode.CUSTOM);
        sources.setFallbackToServer(true);
        sources.getCustom().add(entry("10.1.0.0/16", "https://share.remote1.example/components", null));
        sources.getCustom().add(entry("fd00:1::/64", null, "3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        sources.getCustom().add(entry("10.2.0.10-10.2.0.99", "http://10.2.0.5:8080/au", null));
        return sources;
    }

    static UpdateSourceEntry entry(String range, String url, String agent) {
        UpdateSourceEntry entry = F.createUpdateSourceEntry();
        entry.setIpRange(range);
        entry.setUrl(url);
        entry.setUpdateAgentId(agent);
        return entry;
    }

    static WebReputation webReputation() {
        WebReputation reputation = F.createWebReputation();
        reputation.setInternalAgents(reputationPolicy(WebReputationSecurityLevel.LOW));
        reputation.setExternalAgents(reputationPolicy(WebReputationSecurityLevel.HIGH));
        LocationCriteria location = F.createLocationCriteria();
        ReferenceServer server = F.createReferenceServer();
        server.setAddress("ref.corp.example");
        server.setPort(443);
        location.getReferenceServers().add(server);
        Gateway gateway = F.createGateway();
        gateway.setIp("10.1.0.1");
        gateway.setMac("00:1A:2B:3C:4D:5E");
        location.getGateways().add(gateway);
        reputation.setLocation(location);
        return reputation;
    }

    static WebReputationPolicy reputationPolicy(WebReputationSecurityLevel level) {
        WebReputationPolicy policy = F.createWebReputationPolicy();
        policy.setEnabled(true);
        policy.setSecurityLevel(level);
        policy.getApprovedUrls().add("https://intranet.corp.example/");
        return policy;
    }

    static Firewall firewall() {
        Firewall firewall = F.createFirewall();
        firewall.setEnabled(true);
        FirewallPolicy policy = F.createFirewallPolicy();
        policy.setName("Office");
        policy.setSecurityLevel(FirewallSecurityLevel.MEDIUM);
        FirewallRule rule = F.createFirewallRule();
        rule.setProtocol(FirewallProtocol.TCP);
        rule.getPorts().add("443");
        rule.getPorts().add("8000-8080");
        rule.setAction(FirewallAction.ALLOW);
        policy.getRules().add(rule);
        firewall.getPolicies().add(policy);
        FirewallProfile profile = F.createFirewallProfile();
        profile.setName("Desktops");
        profile.setPolicy("Office");
        profile.getPlatforms().add(Platform.DESKTOP);
        profile.getIpRanges().add("10.0.0.0/8");
        firewall.getProfiles().add(profile);
        return firewall;
    }

    static GlobalAgentSettings globalSettings() {
        GlobalAgentSettings global = F.createGlobalAgentSettings();
        SharedScanSettings shared = F.createSharedScanSettings();
        shared.setMaxCompressedSizeMb(2);
        shared.setMaxCompressedFiles(100);
        global.setScan(shared);
        return global;
    }
}
