package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.edit.ModelEditing;
import io.bulwark.model.edit.PolicyCommands;
import io.bulwark.model.settings.InheritedSettings;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage.Literals;

/**
 * Override, revert and set as one undoable command each, on a domain's working copy, and what a scope inherits from the
 * scope above it.
 */
class PolicyCommandsTest {

    private AgentTree tree;
    private Domain domain;
    private Agent agent;
    private Policy copy;
    private AdapterFactoryEditingDomain editingDomain;
    private CommandStack stack;

    @BeforeEach
    void domainPolicyInAWorkingCopy() {
        tree = Trees.tree();
        tree.setRootPolicy(ValidSettings.rootPolicy());
        tree.getRootPolicy().getScanMethod().setMethod(ScanMethod.SMART);
        domain = Trees.domain(1, "Branch office");
        Policy domainPolicy = SettingsFactory.eINSTANCE.createPolicy();
        domainPolicy.setScope(PolicyScope.DOMAIN);
        domain.setPolicy(domainPolicy);
        agent = Trees.agent("a1", "pc-1");
        domain.getAgents().add(agent);
        tree.getDomains().add(domain);
        editingDomain = ModelEditing.createEditingDomain(new ResourceSetImpl());
        stack = editingDomain.getCommandStack();
        copy = EcoreUtil.copy(domainPolicy);
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/copy"));
        resource.getContents().add(copy);
        editingDomain.getResourceSet().getResources().add(resource);
    }

    @Test
    void aDomainInheritsTheRootAndItsAgentInheritsTheDomain() {
        assertSame(tree.getRootPolicy().getScanMethod(),
                InheritedSettings.of(domain, Literals.POLICY__SCAN_METHOD).orElseThrow().value());
        assertTrue(InheritedSettings.of(tree, Literals.POLICY__SCAN_METHOD).isEmpty(), "the root inherits nothing");

        domain.getPolicy().setScanMethod(EcoreUtil.copy(tree.getRootPolicy().getScanMethod()));
        domain.getPolicy().getScanMethod().setMethod(ScanMethod.STANDARD);

        assertSame(domain, InheritedSettings.of(agent, Literals.POLICY__SCAN_METHOD).orElseThrow().owner());
        assertEquals(ScanMethod.STANDARD, InheritedSettings.of(agent, Literals.POLICY__SCAN_METHOD).orElseThrow()
                .value().eGet(Literals.SCAN_METHOD_SETTINGS__METHOD));
    }

    @Test
    void onlyTheRootSetsTheGlobalSettingsAndTheRootOverridesNothing() {
        assertFalse(InheritedSettings.canOverride(domain, Literals.POLICY__GLOBAL_SETTINGS));
        assertFalse(InheritedSettings.canOverride(tree, Literals.POLICY__SCAN_METHOD));
        assertTrue(InheritedSettings.canOverride(agent, Literals.POLICY__SCAN_METHOD));
    }

    @Test
    void overrideStartsFromACopyOfTheInheritedValueAndUndoInheritsAgain() {
        var inherited = InheritedSettings.of(domain, Literals.POLICY__MANUAL_SCAN).orElseThrow().value();

        stack.execute(PolicyCommands.override(editingDomain, copy, Literals.POLICY__MANUAL_SCAN, inherited));

        assertNotSame(inherited, copy.getManualScan());
        assertTrue(EcoreUtil.equals(inherited, copy.getManualScan()));
        assertSame(inherited, tree.getRootPolicy().getManualScan(), "the live root is untouched");
        stack.undo();
        assertNull(copy.getManualScan());
        assertFalse(PolicyCommands.revert(editingDomain, copy, Literals.POLICY__MANUAL_SCAN).canExecute());
    }

    @Test
    void revertDropsTheValueSetHereAndUndoBringsItBack() {
        copy.setScanMethod(SettingsFactory.eINSTANCE.createScanMethodSettings());
        var own = copy.getScanMethod();

        stack.execute(PolicyCommands.revert(editingDomain, copy, Literals.POLICY__SCAN_METHOD));

        assertNull(copy.getScanMethod());
        stack.undo();
        assertSame(own, copy.getScanMethod());
        assertFalse(PolicyCommands.override(editingDomain, copy, Literals.POLICY__SCAN_METHOD, null).canExecute());
    }

    @Test
    void settingAFieldIsOneUndoableStepAndClearingAnOptionalOneUnsetsIt() {
        stack.execute(PolicyCommands.override(editingDomain, copy, Literals.POLICY__REAL_TIME_SCAN,
                tree.getRootPolicy().getRealTimeScan()));
        var actions = copy.getRealTimeScan().getActions();
        assertTrue(actions.isSetWhenCleanFails());

        stack.execute(PolicyCommands.set(editingDomain, actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS, null));
        assertFalse(actions.isSetWhenCleanFails());
        stack.execute(PolicyCommands.set(editingDomain, actions, Literals.SCAN_ACTIONS__FIRST, ScanAction.DELETE));
        assertEquals(ScanAction.DELETE, actions.getFirst());

        stack.undo();
        assertEquals(ScanAction.CLEAN, actions.getFirst());
        stack.undo();
        assertEquals(ScanAction.QUARANTINE, actions.getWhenCleanFails());
        assertFalse(PolicyCommands.set(editingDomain, actions, Literals.SCAN_ACTIONS__FIRST, ScanAction.CLEAN)
                .canExecute(), "setting the value a field has changes nothing");
        stack.execute(PolicyCommands.set(editingDomain, copy.getRealTimeScan().getTargets(),
                Literals.SCAN_TARGETS__EXTENSIONS, List.of("exe", "dll")));
        assertEquals(List.of("exe", "dll"), copy.getRealTimeScan().getTargets().getExtensions());
    }
}
