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
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.ScanTypeSettings;

/** Settings documents map to the model and back without losing or inventing a field, and absent groups stay absent. */
class SettingsMappingTest {

    @Test
    void aFullyPopulatedDocumentMapsToTheModelAndBackUnchanged() {
        PolicySettings wire = SettingsSamples.everyFieldSet();
        Policy model = SettingsMapping.toModel(wire);
        assertEquals(List.of(), unsetFields(model), "every field of the document reaches the model");
        assertEquals(wire, SettingsMapping.toWire(model));
    }

    @Test
    void theModelMapsToTheWireAndBackEqual() {
        Policy model = SettingsMapping.toModel(SettingsSamples.everyFieldSet());
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
        ScanTypeSettings realTime = SettingsSamples.scanType("monthly", null);
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
        Policy model = SettingsMapping.toModel(SettingsSamples.everyFieldSet());
        model.setVersion("7");
        SettingsMapping.toModel(PolicySettings.inheritAll(), model);
        assertEquals("7", model.getVersion());
        for (EReference group : PolicyGroups.all()) {
            assertNull(model.eGet(group));
        }
    }

    @Test
    void anUnknownValueIsRefusedWithoutChangingThePolicy() {
        Policy model = SettingsMapping.toModel(SettingsSamples.everyFieldSet());
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
}
