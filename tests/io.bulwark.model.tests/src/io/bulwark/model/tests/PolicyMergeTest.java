package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.model.merge.MergeResult;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.PolicyMerge;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.model.merge.SettingChange.Kind;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.settings.FirewallAction;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.UpdateSourceEntry;

/**
 * The three-way merge of offline policy editing and the comparison beneath it: field by field in every group, lists
 * element by element on their natural keys, deletions included; one-sided changes apply, different changes to one
 * setting are conflicts resolved by the administrator's choice.
 */
class PolicyMergeTest {

    private Policy base;
    private Policy yours;
    private Policy theirs;

    @BeforeEach
    void threeVersionsOfOnePolicy() {
        base = ValidSettings.rootPolicy();
        base.setVersion("\"3\"");
        yours = EcoreUtil.copy(base);
        theirs = EcoreUtil.copy(base);
        theirs.setVersion("\"5\"");
    }

    @Test
    void theSameSettingsCompareEqualWhateverTheirVersion() {
        assertEquals(List.of(), PolicyMerge.compare(theirs, yours));
        assertTrue(PolicyMerge.same(theirs, yours));
    }

    @Test
    void everyGroupIsComparedAndAGroupSetOnOneSideOnlyIsOneChange() {
        for (EReference group : PolicyGroups.all()) {
            Policy inheriting = EcoreUtil.copy(base);
            inheriting.eSet(group, null);

            List<SettingChange> changes = PolicyMerge.compare(base, inheriting);

            assertEquals(1, changes.size(), group.getName());
            assertEquals(PolicyGroups.name(group), changes.get(0).path().toString());
            assertEquals(Kind.REMOVED, changes.get(0).kind());
            assertTrue(changes.get(0).path().isGroup());
        }
    }

    @Test
    void fieldsAreComparedOneByOneWithTheirPathsAndValues() {
        yours.getScanMethod().setMethod(ScanMethod.SMART);
        yours.getRealTimeScan().getTargets().setCompressedLayers(7);
        yours.getGlobalSettings().getScan().setMaxCompressedFiles(50);

        List<SettingChange> changes = PolicyMerge.compare(base, yours);

        assertEquals(List.of("scanMethod.method", "scanSettings.realTime.targets.compressedLayers",
                "globalSettings.scan.maxCompressedFiles"), paths(changes));
        assertEquals(ScanMethod.STANDARD, changes.get(0).before());
        assertEquals(ScanMethod.SMART, changes.get(0).after());
        assertEquals(Kind.CHANGED, changes.get(1).kind());
        assertEquals(Integer.valueOf(2), changes.get(1).before());
        assertEquals(Integer.valueOf(7), changes.get(1).after());
    }

    @Test
    void listsAreComparedElementByElementOnTheirNaturalKeysIncludingDeletions() {
        yours.getRealTimeScan().getExclusions().getFolders().remove("D:\\Exchsrvr\\mdbdata");
        yours.getRealTimeScan().getExclusions().getFolders().add("E:\\Queue");
        yours.getUpdateSources().getCustom().remove(0);
        FirewallProfile servers = SettingsFactory.eINSTANCE.createFirewallProfile();
        servers.setName("Servers");
        servers.setPolicy("Office");
        yours.getFirewall().getProfiles().add(servers);

        List<SettingChange> changes = PolicyMerge.compare(base, yours);

        assertEquals(List.of("scanSettings.realTime.exclusions.folders[D:\\Exchsrvr\\mdbdata]",
                "scanSettings.realTime.exclusions.folders[E:\\Queue]", "updateSources.custom[10.1.0.0/16]",
                "firewall.profiles[Servers]"), paths(changes));
        assertEquals(List.of(Kind.REMOVED, Kind.ADDED, Kind.REMOVED, Kind.ADDED), kinds(changes));
        assertEquals("D:\\Exchsrvr\\mdbdata", changes.get(0).before());
        UpdateSourceEntry removed = (UpdateSourceEntry) changes.get(2).before();
        assertEquals("https://share.remote1.example/components", removed.getUrl(), "the whole element is shown");
        assertEquals("Servers", ((FirewallProfile) changes.get(3).after()).getName());
    }

    @Test
    void aKeyedListInAnotherOrderIsTheSameAndAKeyInAnotherCaseIsAChangedElement() {
        EList<String> folders = yours.getManualScan().getExclusions().getFolders();
        folders.move(0, 2);
        yours.getUpdateSources().getCustom().move(0, 2);
        assertEquals(List.of(), PolicyMerge.compare(base, yours), "order is not compared in keyed lists");

        folders.set(folders.indexOf("D:\\Exchsrvr\\mdbdata"), "d:\\exchsrvr\\MDBDATA\\");
        List<SettingChange> changes = PolicyMerge.compare(base, yours);

        assertEquals(List.of("scanSettings.manual.exclusions.folders[D:\\Exchsrvr\\mdbdata]"), paths(changes));
        assertEquals(Kind.CHANGED, changes.get(0).kind());
        assertEquals("d:\\exchsrvr\\MDBDATA\\", changes.get(0).after());
    }

    @Test
    void firewallRulesHaveNoKeyAndAreComparedAsOneOrderedValue() {
        yours.getFirewall().getPolicies().get(0).getRules().get(0).setAction(FirewallAction.DENY);

        List<SettingChange> changes = PolicyMerge.compare(base, yours);

        assertEquals(List.of("firewall.policies[Office].rules"), paths(changes));
    }

    @Test
    void changesOnOneSideOnlyApplyAndNothingConflicts() {
        yours.getScanMethod().setMethod(ScanMethod.SMART);
        yours.getScanNow().getExclusions().getExtensions().add("log");
        theirs.getFirewall().setEnabled(false);
        theirs.getScanNow().getExclusions().getFiles().remove("pagefile.sys");

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertFalse(result.hasConflicts());
        assertEquals(List.of("scanMethod.method", "scanSettings.scanNow.exclusions.extensions[log]"),
                paths(result.yourChanges()));
        assertEquals(List.of("scanSettings.scanNow.exclusions.files[pagefile.sys]", "firewall.enabled"),
                paths(result.theirChanges()));
        Policy merged = result.merged();
        assertEquals(ScanMethod.SMART, merged.getScanMethod().getMethod());
        assertFalse(merged.getFirewall().isEnabled(), "their change stays");
        assertEquals(List.of("mdb", "log"), merged.getScanNow().getExclusions().getExtensions());
        assertEquals(List.of("$WINDIR\\Temp\\*.tmp"), merged.getScanNow().getExclusions().getFiles(),
                "their deletion stays");
        assertEquals("\"5\"", merged.getVersion(), "the merged policy is based on the server's version");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        yours.getPrivileges().setUpdateNow(true);
        theirs.getPrivileges().setUpdateNow(true);

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertFalse(result.hasConflicts());
        assertEquals(List.of(), result.yourChanges());
        assertTrue(result.merged().getPrivileges().isUpdateNow());
    }

    @Test
    void differentChangesToOneFieldAreAConflictResolvedByChoice() {
        yours.getManualScan().getTargets().setCompressedLayers(5);
        theirs.getManualScan().getTargets().setCompressedLayers(9);
        yours.getScanMethod().setMethod(ScanMethod.SMART);

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertEquals(1, result.conflicts().size());
        SettingConflict conflict = result.conflicts().get(0);
        assertEquals("scanSettings.manual.targets.compressedLayers", conflict.path().toString());
        assertEquals(List.of(2, 9, 5), List.of(conflict.base(), conflict.theirs(), conflict.yours()));
        assertThrows(IllegalStateException.class, result::merged, "no merged policy without a choice");
        assertThrows(IllegalArgumentException.class, () -> result.merged(Map.of()));
        for (MergeSide side : MergeSide.values()) {
            Policy merged = result.merged(Map.of(conflict.path(), side));
            assertEquals(conflict.value(side), Integer.valueOf(merged.getManualScan().getTargets()
                    .getCompressedLayers()), side.name());
            assertEquals(ScanMethod.SMART, merged.getScanMethod().getMethod(), "the other change applies anyway");
        }
    }

    @Test
    void aDeletedElementTheOtherSideChangedIsAConflictOnTheElement() {
        yours.getUpdateSources().getCustom().remove(0);
        theirs.getUpdateSources().getCustom().get(0).setUrl("https://share.remote9.example/au");
        yours.getWebReputation().getInternalAgents().getApprovedUrls().clear();
        theirs.getWebReputation().getInternalAgents().getApprovedUrls().add("https://wiki.corp.example/");

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertEquals(List.of("updateSources.custom[10.1.0.0/16]"), result.conflicts().stream()
                .map(conflict -> conflict.path().toString()).toList());
        SettingConflict conflict = result.conflicts().get(0);
        assertNull(conflict.yours(), "yours removed it");
        assertEquals("https://share.remote9.example/au", ((UpdateSourceEntry) conflict.theirs()).getUrl());
        assertEquals(List.of("webReputation.internalAgents.approvedUrls[https://intranet.corp.example/]"),
                paths(result.yourChanges()), "a deletion and an addition elsewhere in the list both apply");

        Policy yoursWins = result.merged(Map.of(conflict.path(), MergeSide.YOURS));
        assertEquals(List.of("fd00:1::/64", "10.2.0.10-10.2.0.99"),
                yoursWins.getUpdateSources().getCustom().stream().map(UpdateSourceEntry::getIpRange).toList());
        assertEquals(List.of("https://wiki.corp.example/"),
                yoursWins.getWebReputation().getInternalAgents().getApprovedUrls());
        Policy theirsWin = result.merged(Map.of(conflict.path(), MergeSide.THEIRS));
        assertEquals("https://share.remote9.example/au", theirsWin.getUpdateSources().getCustom().get(0).getUrl());
    }

    @Test
    void changesToDifferentFieldsOfOneElementMergeAndTheSameFieldConflicts() {
        yours.getFirewall().getProfiles().get(0).getIpRanges().add("192.168.0.0/16");
        theirs.getFirewall().getProfiles().get(0).setPolicy("Strict");
        MergeResult clean = PolicyMerge.merge(base, yours, theirs);
        assertFalse(clean.hasConflicts());
        FirewallProfile merged = clean.merged().getFirewall().getProfiles().get(0);
        assertEquals("Strict", merged.getPolicy());
        assertEquals(List.of("10.0.0.0/8", "192.168.0.0/16"), merged.getIpRanges());

        yours.getFirewall().getProfiles().get(0).setPolicy("Relaxed");
        MergeResult conflicting = PolicyMerge.merge(base, yours, theirs);
        assertEquals(List.of("firewall.profiles[Desktops].policy"), conflicting.conflicts().stream()
                .map(conflict -> conflict.path().toString()).toList());
    }

    @Test
    void anElementOnlyTheWorkspaceAddedKeepsItsPlaceAfterTheElementItFollows() {
        yours.getUpdateSources().getCustom().add(1, ValidSettings.entry("10.3.0.0/16", "https://au3.example/", null));
        theirs.getUpdateSources().getCustom().add(ValidSettings.entry("10.4.0.0/16", "https://au4.example/", null));

        Policy merged = PolicyMerge.merge(base, yours, theirs).merged();

        assertEquals(List.of("10.1.0.0/16", "10.3.0.0/16", "fd00:1::/64", "10.2.0.10-10.2.0.99", "10.4.0.0/16"),
                merged.getUpdateSources().getCustom().stream().map(UpdateSourceEntry::getIpRange).toList());
    }

    @Test
    void inheritingAGroupTheServerChangedIsAConflictOnTheWholeGroup() {
        yours.setWebReputation(null);
        theirs.getWebReputation().getExternalAgents().setEnabledOnServers(true);

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertEquals(List.of("webReputation"), result.conflicts().stream()
                .map(conflict -> conflict.path().toString()).toList());
        assertNull(result.merged(Map.of(result.conflicts().get(0).path(), MergeSide.YOURS)).getWebReputation());
    }

    @Test
    void aGroupBothSidesStartedToSetConflictsOnlyWhereTheyDiffer() {
        base.setUpdateSettings(null);
        yours.setUpdateSettings(ValidSettings.updateSettings());
        yours.getUpdateSettings().setOnAgentRestart(true);
        theirs.setUpdateSettings(ValidSettings.updateSettings());
        theirs.getUpdateSettings().setAfterServerDownload(true);

        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        assertEquals(List.of("updateSettings.afterServerDownload", "updateSettings.onAgentRestart"),
                result.conflicts().stream().map(conflict -> conflict.path().toString()).toList());
    }

    @Test
    void theMergeKeepsItsOwnCopiesOfTheThreeVersions() {
        yours.getScanMethod().setMethod(ScanMethod.SMART);
        MergeResult result = PolicyMerge.merge(base, yours, theirs);

        yours.getScanMethod().setMethod(ScanMethod.STANDARD);
        theirs.setFirewall(null);

        assertEquals(ScanMethod.SMART, result.merged().getScanMethod().getMethod());
        assertNotNull(result.merged().getFirewall());
    }

    private static List<String> paths(List<SettingChange> changes) {
        return changes.stream().map(change -> change.path().toString()).toList();
    }

    private static List<Kind> kinds(List<SettingChange> changes) {
        return changes.stream().map(SettingChange::kind).toList();
    }
}
