package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.FirewallProtocol;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;

/**
 * The console refuses what the server would refuse, with a message a person understands on the offending object and
 * field, and warns where the server warns: the root, privileges, updates, update sources, web reputation and the
 * firewall. Each rule is shown with a valid and an invalid value.
 */
class SettingsValidationTest extends PolicyValidation {

    @Test
    void aValidRootPolicyHasNoProblems() {
        assertEquals(List.of(), problems(policy));
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(policy).getSeverity());
    }

    @Test
    void theRootSetsEveryGroup() {
        policy.setFirewall(null);
        assertRefused(policy, Literals.POLICY__FIREWALL,
                "The root policy sets every settings group, but the firewall is not set.");
    }

    @Test
    void globalSettingsAreSetAtTheRootOnly() {
        Policy domain = SettingsFactory.eINSTANCE.createPolicy();
        domain.setScope(PolicyScope.DOMAIN);
        assertEquals(List.of(), problems(domain), "a domain may inherit every group");
        domain.setGlobalSettings(ValidSettings.globalSettings());
        assertRefused(domain, domain, Literals.POLICY__GLOBAL_SETTINGS,
                "Global agent settings are server-wide; set them at the root only.");
        domain.setScope(PolicyScope.TEMPLATE);
        assertEquals(List.of(), problems(domain), "a template may hold them, to be applied at a root");
    }

    @Test
    void requiringThePasswordNeedsAPassword() {
        policy.getPrivileges().setUnloadPassword(null);
        assertRefused(policy.getPrivileges(), Literals.PRIVILEGES__UNLOAD_PASSWORD,
                "Unloading or uninstalling requires a password, but none is set; give one.");
        UnloadPassword kept = SettingsFactory.eINSTANCE.createUnloadPassword();
        kept.setSet(true);
        policy.getPrivileges().setUnloadPassword(kept);
        assertEquals(List.of(), problems(policy), "the password the server holds is kept");
    }

    @Test
    void aNewPasswordHasEightTo128VisibleCharacters() {
        UnloadPassword password = policy.getPrivileges().getUnloadPassword();
        password.setPassword("x".repeat(128));
        assertEquals(List.of(), problems(policy));
        password.setPassword("short");
        assertRefused(password, Literals.UNLOAD_PASSWORD__PASSWORD,
                "The unload/uninstall password must have 8 to 128 characters; it has 5.");
        password.setPassword("x".repeat(129));
        assertRefused(password, Literals.UNLOAD_PASSWORD__PASSWORD,
                "The unload/uninstall password must have 8 to 128 characters; it has 129.");
        password.setPassword("         ");
        assertRefused(password, Literals.UNLOAD_PASSWORD__PASSWORD,
                "The unload/uninstall password must not be blank or contain control characters.");
        password.setPassword("correct horse");
        password.setSet(false);
        assertRefused(password, Literals.UNLOAD_PASSWORD__SET,
                "A new unload/uninstall password is given, but the password is also marked as removed.");
    }

    @Test
    void scheduledUpdatesNeedASchedule() {
        policy.getUpdateSettings().setSchedule(null);
        assertRefused(policy.getUpdateSettings(), Literals.UPDATE_SETTINGS__SCHEDULE,
                "Scheduled updates are on, but there is no schedule.");
        policy.getUpdateSettings().setScheduled(false);
        assertEquals(List.of(), problems(policy));
    }

    @Test
    void standardUpdateSourcesHaveNoListAndNoFallback() {
        UpdateSources sources = policy.getUpdateSources();
        sources.setMode(UpdateSourceMode.STANDARD);
        sources.unsetFallbackToServer();
        assertRefused(sources, Literals.UPDATE_SOURCES__CUSTOM, "Agents update from the server, so custom sources do"
                + " not apply; remove them or switch to custom sources.");
        sources.getCustom().clear();
        assertEquals(List.of(), problems(policy));
        sources.setFallbackToServer(false);
        assertRefused(sources, Literals.UPDATE_SOURCES__FALLBACK_TO_SERVER,
                "Agents update from the server already; clear the fallback to the server.");
    }

    @Test
    void customUpdateSourcesNeedEntriesAndAFallbackChoice() {
        UpdateSources sources = policy.getUpdateSources();
        sources.unsetFallbackToServer();
        assertRefused(sources, Literals.UPDATE_SOURCES__FALLBACK_TO_SERVER, "Say whether agents fall back to the server"
                + " when no entry matches or the source is unreachable.");
        sources.setFallbackToServer(false);
        sources.getCustom().clear();
        assertRefused(sources, Literals.UPDATE_SOURCES__CUSTOM, "Custom update sources need at least one entry.");
    }

    @Test
    void overlappingUpdateSourceRangesAreAWarningNamingBothRanges() {
        List<UpdateSourceEntry> custom = policy.getUpdateSources().getCustom();
        UpdateSourceEntry inner = ValidSettings.entry("10.1.2.0-10.1.2.255", "https://share.site2.example/au", null);
        custom.add(inner);
        List<Diagnostic> problems = problems(policy);
        assertEquals(1, problems.size(), problems::toString);
        Diagnostic warning = problems.get(0);
        assertEquals(Diagnostic.WARNING, warning.getSeverity());
        assertEquals(
                "The range 10.1.2.0-10.1.2.255 of entry 4 overlaps the range 10.1.0.0/16 of entry 1; agents in both"
                        + " update from entry 1, the first that matches.",
                warning.getMessage());
        assertSame(inner, warning.getData().get(0));
        assertSame(Literals.UPDATE_SOURCE_ENTRY__IP_RANGE, warning.getData().get(1));
        assertSame(custom.get(0), warning.getData().get(2));
        assertEquals(Diagnostic.WARNING, Diagnostician.INSTANCE.validate(policy).getSeverity(),
                "a warning does not refuse the settings");

        inner.setIpRange("fd00:1::8000/113");
        assertEquals("The range fd00:1::8000/113 of entry 4 overlaps the range fd00:1::/64 of entry 2; agents in both"
                + " update from entry 2, the first that matches.", problems(policy).get(0).getMessage());
        inner.setIpRange("10.3.0.0/16");
        assertEquals(List.of(), problems(policy), "ranges that do not touch are fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.0.0/33", "10.1.2.9-10.1.2.1", "300.1.1.1", "fd00::/129", "10.1.0.1/16", "gggg::1",
            "10.0.0.1-fd00::1", "host.example"})
    void updateSourceRangesAreIpv4OrIpv6Ranges(String range) {
        UpdateSourceEntry entry = policy.getUpdateSources().getCustom().get(0);
        entry.setIpRange(range);
        assertRefused(entry, Literals.UPDATE_SOURCE_ENTRY__IP_RANGE, "\"" + range + "\" is not an IP range: write one"
                + " address, address/prefix or first-last, in IPv4 or IPv6 (10.1.0.0/16, 10.1.2.10-10.1.2.99, fd00::/8).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.9.9.9", "2001:db8::/32", "2001:db8::1-2001:db8::ff", "192.168.0.0/16"})
    void updateSourceRangesMayBeOneAddressAPrefixOrTwoEnds(String range) {
        policy.getUpdateSources().getCustom().get(1).setIpRange(range);
        assertEquals(List.of(), problems(policy));
    }

    @Test
    void anUpdateSourceEntryHasExactlyOneSource() {
        UpdateSourceEntry entry = policy.getUpdateSources().getCustom().get(0);
        entry.setUrl(null);
        assertRefused(entry, Literals.UPDATE_SOURCE_ENTRY__URL, "Give the entry a source: a URL or an update agent.");
        entry.setUrl("https://share.example/au");
        entry.setUpdateAgentId("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        assertRefused(entry, Literals.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID,
                "The entry has both a URL and an update agent; give one source.");
        entry.setUrl(null);
        entry.setUpdateAgentId("agent-7");
        assertRefused(entry, Literals.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID,
                "\"agent-7\" is not an agent id; write a GUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://share.example/au | \"ftp://share.example/au\" is not an http or https URL with a host name.",
            "https://admin:secret@share.example/ | The URL \"https://admin:secret@share.example/\" must not carry a user"
                    + " name or password.",
            "https://share.example/au#top | The URL \"https://share.example/au#top\" must not have a fragment (#...).",
            "https://share.example:0/au | The URL \"https://share.example:0/au\" has port 0; ports are 1 to 65535.",
            "https://share.example:65536/au | The URL \"https://share.example:65536/au\" has port 65536; ports are 1 to"
                    + " 65535."})
    void updateSourceUrlsAreHttpOrHttpsWithAPortInRange(String url, String message) {
        UpdateSourceEntry entry = policy.getUpdateSources().getCustom().get(0);
        entry.setUrl("https://share.example:65535/au");
        assertEquals(List.of(), problems(policy));
        entry.setUrl(url);
        assertRefused(entry, Literals.UPDATE_SOURCE_ENTRY__URL, message);
    }

    @Test
    void webReputationNeedsBothPoliciesAndWarnsWhenNoAgentCanBeInternal() {
        policy.getWebReputation().setExternalAgents(null);
        assertRefused(policy.getWebReputation(), Literals.WEB_REPUTATION__EXTERNAL_AGENTS,
                "Both internal and external agents need a web reputation policy.");
        policy = ValidSettings.rootPolicy();
        policy.getWebReputation().setLocation(null);
        List<Diagnostic> problems = problems(policy);
        assertEquals(1, problems.size());
        assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
        assertEquals(
                "Neither reference servers nor gateways are set, so every agent counts as external and the internal"
                        + " agents' policy never applies.",
                problems.get(0).getMessage());
        policy.getWebReputation().getInternalAgents().setEnabled(false);
        assertEquals(List.of(), problems(policy));
    }

    @Test
    void approvedUrlsAreUrlsListedOnce() {
        List<String> urls = policy.getWebReputation().getExternalAgents().getApprovedUrls();
        urls.add("intranet");
        assertRefused(policy.getWebReputation().getExternalAgents(), Literals.WEB_REPUTATION_POLICY__APPROVED_URLS,
                "\"intranet\" is not an http or https URL with a host name.");
        urls.set(1, "https://INTRANET.corp.example/");
        assertRefused(policy.getWebReputation().getExternalAgents(), Literals.WEB_REPUTATION_POLICY__APPROVED_URLS,
                "\"https://INTRANET.corp.example/\" is listed twice (case does not matter).");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 100000})
    void referenceServerPortsAreOneTo65535(int port) {
        ReferenceServer server = policy.getWebReputation().getLocation().getReferenceServers().get(0);
        server.setPort(1);
        assertEquals(List.of(), problems(policy));
        server.setPort(65535);
        assertEquals(List.of(), problems(policy));
        server.setPort(port);
        assertRefused(server, Literals.REFERENCE_SERVER__PORT, "Port " + port + " is outside 1-65535.");
    }

    @Test
    void referenceServersAreHostNamesOrAddresses() {
        ReferenceServer server = policy.getWebReputation().getLocation().getReferenceServers().get(0);
        server.setAddress("fd00::10");
        assertEquals(List.of(), problems(policy));
        server.setAddress("ref_server");
        assertRefused(server, Literals.REFERENCE_SERVER__ADDRESS,
                "\"ref_server\" is neither an IP address nor a host name such as ref.corp.example.");
        server.setAddress("10.0.0.300");
        assertRefused(server, Literals.REFERENCE_SERVER__ADDRESS,
                "\"10.0.0.300\" is not one IP address (IPv4 or IPv6).");
    }

    @Test
    void locationCriteriaListAtMost32Entries() {
        var servers = policy.getWebReputation().getLocation().getReferenceServers();
        for (int i = servers.size(); i < 33; i++) {
            ReferenceServer server = SettingsFactory.eINSTANCE.createReferenceServer();
            server.setAddress("ref" + i + ".corp.example");
            server.setPort(80);
            servers.add(server);
        }
        assertRefused(policy.getWebReputation().getLocation(), Literals.LOCATION_CRITERIA__REFERENCE_SERVERS,
                "At most 32 entries are allowed; there are 33.");
    }

    @Test
    void gatewaysHaveOneAddressAndAMacAddress() {
        var gateway = policy.getWebReputation().getLocation().getGateways().get(0);
        gateway.setMac("00-1a-2b-3c-4d-5e");
        assertEquals(List.of(), problems(policy));
        gateway.setMac("00:1A:2B:3C:4D");
        assertRefused(gateway, Literals.GATEWAY__MAC,
                "\"00:1A:2B:3C:4D\" is not a MAC address such as 00:1A:2B:3C:4D:5E.");
        gateway.setMac(null);
        gateway.setIp("10.1.0.0/16");
        assertRefused(gateway, Literals.GATEWAY__IP, "\"10.1.0.0/16\" is not one IP address (IPv4 or IPv6).");
    }

    @Test
    void firewallNamesAreUniqueAndProfilesNameAPolicy() {
        FirewallPolicy second = SettingsFactory.eINSTANCE.createFirewallPolicy();
        second.setName("OFFICE");
        policy.getFirewall().getPolicies().add(second);
        assertRefused(second, Literals.FIREWALL_POLICY__NAME,
                "The name \"OFFICE\" is used twice (case does not matter).");
        second.setName("Servers");
        FirewallProfile profile = policy.getFirewall().getProfiles().get(0);
        profile.setPolicy("office");
        assertRefused(profile, Literals.FIREWALL_PROFILE__POLICY, "The profile uses the policy \"office\", which is not"
                + " one of this firewall's policies (names must match exactly).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"`` | Give a name.",
            "` Office` | The name \" Office\" must not start or end with spaces.",
            "Tab\tname | The name must not contain control characters."})
    void firewallNamesAreNamesAPersonGives(String name, String message) {
        FirewallPolicy firewallPolicy = policy.getFirewall().getPolicies().get(0);
        policy.getFirewall().getProfiles().get(0).setPolicy(name);
        firewallPolicy.setName(name);
        assertRefused(firewallPolicy, Literals.FIREWALL_POLICY__NAME, message, 2);
    }

    @Test
    void firewallNamesHaveAtMost64Characters() {
        FirewallProfile profile = policy.getFirewall().getProfiles().get(0);
        profile.setName("p".repeat(64));
        assertEquals(List.of(), problems(policy));
        profile.setName("p".repeat(65));
        assertRefused(profile, Literals.FIREWALL_PROFILE__NAME, "A name has at most 64 characters; this one has 65.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "90-80", "http", "1-70000"})
    void firewallRulePortsArePortsOrRangesInOneTo65535(String ports) {
        FirewallRule rule = policy.getFirewall().getPolicies().get(0).getRules().get(0);
        rule.getPorts().add("1-65535");
        assertEquals(List.of(), problems(policy));
        rule.getPorts().add(ports);
        assertRefused(rule, Literals.FIREWALL_RULE__PORTS,
                "\"" + ports + "\" is not a port (1-65535) or a port range such as 8000-8080.");
    }

    @Test
    void firewallRulesWithoutPortsListNone() {
        FirewallRule rule = policy.getFirewall().getPolicies().get(0).getRules().get(0);
        rule.getPorts().add("443");
        assertRefused(rule, Literals.FIREWALL_RULE__PORTS, "\"443\" is listed twice (case does not matter).");
        rule.getPorts().clear();
        rule.setProtocol(FirewallProtocol.ICMP);
        assertEquals(List.of(), problems(policy));
        rule.getPorts().add("80");
        assertRefused(rule, Literals.FIREWALL_RULE__PORTS, "The protocol icmp has no ports; remove them.");
    }

    @Test
    void aFirewallProfileAppliesToPlatformsAndValidRanges() {
        FirewallProfile profile = policy.getFirewall().getProfiles().get(0);
        profile.getPlatforms().clear();
        assertRefused(profile, Literals.FIREWALL_PROFILE__PLATFORMS,
                "A profile applies to desktops, servers or both; choose at least one.");
        profile.getPlatforms().add(Platform.SERVER);
        profile.getPlatforms().add(Platform.SERVER);
        assertRefused(profile, Literals.FIREWALL_PROFILE__PLATFORMS,
                "A platform is listed twice; a profile applies to desktops, servers or both.");
        profile.getPlatforms().removeLast();
        profile.getIpRanges().add("10.0.0.0/40");
        assertRefused(profile, Literals.FIREWALL_PROFILE__IP_RANGES, "\"10.0.0.0/40\" is not an IP range: write one"
                + " address, address/prefix or first-last, in IPv4 or IPv6 (10.1.0.0/16, 10.1.2.10-10.1.2.99, fd00::/8).");
    }
}
