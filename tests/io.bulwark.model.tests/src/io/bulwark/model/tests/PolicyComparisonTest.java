package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyComparison;
import io.bulwark.model.settings.PolicyDifference;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsPackage.Literals;

/**
 * Theirs and mine compared field by field for the conflict dialog, and my changes reapplied onto theirs: what only they
 * changed stays theirs, what I changed becomes mine.
 */
class PolicyComparisonTest {

    private Policy base;
    private Policy mine;
    private Policy theirs;

    @BeforeEach
    void threeVersionsOfOnePolicy() {
        base = ValidSettings.rootPolicy();
        base.getScanMethod().setMethod(ScanMethod.SMART);
        base.setVersion("\"3\"");
        mine = EcoreUtil.copy(base);
        theirs = EcoreUtil.copy(base);
        theirs.setVersion("\"4\"");
    }

    @Test
    void equalVersionsDifferInNothing() {
        assertEquals(List.of(), PolicyComparison.differences(theirs, mine));
    }

    @Test
    void aChangedFieldIsOneDifferenceWithItsPathAndBothValues() {
        mine.getScanMethod().setMethod(ScanMethod.STANDARD);
        mine.getManualScan().getTargets().setCompressedLayers(5);

        List<PolicyDifference> differences = PolicyComparison.differences(theirs, mine);

        assertEquals(2, differences.size(), differences::toString);
        PolicyDifference method = differences.get(0);
        assertSame(Literals.POLICY__SCAN_METHOD, method.group());
        assertEquals(List.of(Literals.SCAN_METHOD_SETTINGS__METHOD), method.path());
        assertEquals(ScanMethod.SMART, method.theirs());
        assertEquals(ScanMethod.STANDARD, method.mine());
        PolicyDifference layers = differences.get(1);
        assertSame(Literals.POLICY__MANUAL_SCAN, layers.group());
        assertEquals(List.of(Literals.SCAN_TYPE_SETTINGS__TARGETS, Literals.SCAN_TARGETS__COMPRESSED_LAYERS),
                layers.path());
        assertEquals(Integer.valueOf(2), layers.theirs());
        assertEquals(Integer.valueOf(5), layers.mine());
    }

    @Test
    void aGroupSetInOneAndInheritedInTheOtherIsADifferenceOfTheWholeGroup() {
        mine.setPrivileges(null);

        PolicyDifference difference = PolicyComparison.differences(theirs, mine).get(0);

        assertSame(Literals.POLICY__PRIVILEGES, difference.group());
        assertTrue(difference.path().isEmpty());
        assertNull(difference.feature());
        assertSame(theirs.getPrivileges(), difference.theirs());
        assertNull(difference.mine());
    }

    @Test
    void reapplyingKeepsTheirChangesAndAddsMine() {
        theirs.getPrivileges().setConfigureScans(true);
        theirs.getFirewall().setEnabledOnServers(true);
        mine.getScanMethod().setMethod(ScanMethod.STANDARD);
        mine.getPrivileges().setUpdateNow(true);

        Policy merged = PolicyComparison.reapply(base, mine, theirs);

        assertEquals(ScanMethod.STANDARD, merged.getScanMethod().getMethod());
        assertTrue(merged.getPrivileges().isConfigureScans(), "their change in the same group stays");
        assertTrue(merged.getPrivileges().isUpdateNow(), "my change in that group is applied");
        assertTrue(merged.getFirewall().isEnabledOnServers(), "their change in another group stays");
        assertEquals("\"4\"", merged.getVersion(), "the result is based on their version");
    }

    @Test
    void whereBothChangedTheSameFieldMineWins() {
        theirs.getManualScan().getTargets().setCompressedLayers(3);
        mine.getManualScan().getTargets().setCompressedLayers(4);

        Policy merged = PolicyComparison.reapply(base, mine, theirs);

        assertEquals(4, merged.getManualScan().getTargets().getCompressedLayers());
    }

    @Test
    void revertingAGroupToInheritedIsReapplied() {
        theirs.getUpdateSettings().setOnAgentRestart(true);
        mine.setUpdateSettings(null);

        assertNull(PolicyComparison.reapply(base, mine, theirs).getUpdateSettings());
    }

    @Test
    void unsettingAnOptionalFieldIsReapplied() {
        theirs.getPrivileges().setConfigureProxy(true);
        mine.getManualScan().getActions().unsetWhenCleanFails();

        Policy merged = PolicyComparison.reapply(base, mine, theirs);

        assertTrue(merged.getPrivileges().isConfigureProxy());
        assertEquals(false, merged.getManualScan().getActions().isSetWhenCleanFails());
    }
}
