package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.bulwark.client.internal.mapping.SettingsMapping;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsPackage;
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

/** Settings documents map to the model and back without losing or inventing a field, and absent groups stay absent. */
class SettingsMappingTest {

    @Test
    void aFullyPopulatedDocumentMapsToTheModelAndBackUnchanged() {
        PolicySettings wire = everyFieldSet();
        Policy model = SettingsMapping.toModel(wire);
        assertEquals(List.of(), unsetFields(model), "every field of the document reaches the model");
        assertEquals(wire, SettingsMapping.toWire(model));
    }

    @Test
    void theModelMapsToTheWireAndBackEqual() {
        Policy model = SettingsMapping.toModel(everyFieldSet());
        Policy again = SettingsMapping.toModel(SettingsMapping.toWire(model));
        assertTrue(EcoreUtil.equals(model, again));
    }

    @Test
    void aDocumentThatSetsNothingStaysEmpty() {
        Policy model = SettingsMapping.toModel(PolicySettings.inheritAll());
        for (EReference group : PolicyGroups.all()) {
            assertNull(model.eGet(group), group.getName() + " is inherited");
        }
        assertEquals(PolicySettings.inheritAll(), SettingsMapping.toWire(model));
    }

    @Test
    void eachScanTypeIsSetOrInheritedOnItsOwn() {
        ScanTypeSettings realTime = scanType("monthly", null);
        PolicySettings wire = new PolicySettings(null, new ScanSettings(null, realTime, null, null), null, null, null,
                null, null, null);
        Policy model = SettingsMapping.toModel(wire);
        assertNull(model.getManualScan());
        assertNull(model.getScheduledScan());
        assertNull(model.getScanNow());
        assertEquals(wire, SettingsMapping.toWire(model));
    }

    @Test
    void updatingAPolicyInPlaceClearsGroupsTheDocumentNoLongerSets() {
        Policy model = SettingsMapping.toModel(everyFieldSet());
        model.setVersion("7");
        SettingsMapping.toModel(PolicySettings.inheritAll(), model);
        assertEquals("7", model.getVersion());
        for (EReference group : PolicyGroups.all()) {
            assertNull(model.eGet(group));
        }
    }

    @Test
    void anUnknownValueIsRefusedWithoutChangingThePolicy() {
        Policy model = SettingsMapping.toModel(everyFieldSet());
        Policy before = EcoreUtil.copy(model);
        PolicySettings unknown = new PolicySettings("psychic", null, null, null, null, null, null, null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SettingsMapping.toModel(unknown, model));
        assertEquals("The server sent \"psychic\" for scanMethod, which this console does not know; update the console"
                + " to edit these settings.", refused.getMessage());
        assertTrue(EcoreUtil.equals(before, model));
    }

    /** Every attribute set to a value other than its default, every reference filled; scope and version aside. */
    private static List<String> unsetFields(Policy policy) {
        List<String> unset = new ArrayList<>();
        List<EObject> objects = new ArrayList<>();
        objects.add(policy);
        policy.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute != SettingsPackage.Literals.POLICY__SCOPE
                        && attribute != SettingsPackage.Literals.POLICY__VERSION && !object.eIsSet(attribute)) {
                    unset.add(object.eClass().getName() + "." + attribute.getName());
                }
            }
            for (EReference reference : object.eClass().getEAllContainments()) {
                if (!object.eIsSet(reference)) {
                    unset.add(object.eClass().getName() + "." + reference.getName());
                }
            }
        }
        return unset;
    }

    static PolicySettings everyFieldSet() {
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

    private static ScanTypeSettings scanType(String frequency, String day) {
        return new ScanTypeSettings(
                new ScanTargets(ScanTargets.EXTENSIONS, List.of("exe", "dll"), ScanTargets.SPECIFIED_FOLDERS,
                        List.of("C:\\Users", "$WINDIR\\Temp"), Integer.valueOf(5)),
                new ScanExclusions(List.of("D:\\Exchsrvr\\mdbdata"), List.of("pagefile.sys"), List.of("mdb")),
                new ScanActions(ScanActions.CLEAN, ScanActions.QUARANTINE),
                new SpywareAssessment(Boolean.TRUE, Integer.valueOf(6)),
                new Schedule(frequency, "22:30", day == null ? "tuesday" : day, Integer.valueOf(15)));
    }
}
