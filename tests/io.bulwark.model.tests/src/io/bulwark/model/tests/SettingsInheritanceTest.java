package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.settings.EffectiveSetting;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsInheritance;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.protocol.settings.SettingsGroups;

/**
 * Inheritance of every settings group through root, domain chain and agent, as the server resolves it: nearest policy
 * that sets the group wins; global agent settings come from the root alone.
 */
class SettingsInheritanceTest {

    private AgentTree tree;
    private Domain headOffice;
    private Domain remoteSite;
    private Agent remoteAgent;
    private Agent rootAgent;

    static Stream<EReference> groups() {
        return PolicyGroups.all().stream();
    }

    static Stream<EReference> groupsADomainMaySet() {
        return groups().filter(group -> !PolicyGroups.isRootOnly(group));
    }

    @BeforeEach
    void buildTree() {
        ModelFactory model = ModelFactory.eINSTANCE;
        tree = model.createAgentTree();
        tree.setRootPolicy(policy(PolicyScope.ROOT));
        for (EReference group : PolicyGroups.all()) {
            tree.getRootPolicy().eSet(group, valueOf(group));
        }
        headOffice = model.createDomain();
        headOffice.setName("Head office");
        remoteSite = model.createDomain();
        remoteSite.setName("Remote site 1");
        headOffice.getDomains().add(remoteSite);
        tree.getDomains().add(headOffice);
        remoteAgent = model.createAgent();
        remoteAgent.setHostName("ws-remote-01");
        remoteSite.getAgents().add(remoteAgent);
        rootAgent = model.createAgent();
        rootAgent.setHostName("ws-root-01");
        tree.getAgents().add(rootAgent);
    }

    @Test
    void groupsAreTheServersGroupsInDocumentOrder() {
        assertEquals(SettingsGroups.ALL, PolicyGroups.all().stream().map(PolicyGroups::name).toList());
        for (String name : SettingsGroups.ALL) {
            assertEquals(name, PolicyGroups.name(PolicyGroups.byName(name)));
        }
        assertEquals(SettingsPackage.Literals.POLICY__MANUAL_SCAN, PolicyGroups.byName("scanSettings.manual"));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void everyScopeInheritsTheRootWhenNothingOverrides(EReference group) {
        EObject rootValue = (EObject) tree.getRootPolicy().eGet(group);
        for (EffectiveSetting setting : List.of(SettingsInheritance.effective(remoteAgent, group).orElseThrow(),
                SettingsInheritance.effective(rootAgent, group).orElseThrow(),
                SettingsInheritance.effective(remoteSite, group).orElseThrow(),
                SettingsInheritance.effective(tree, group).orElseThrow())) {
            assertSame(rootValue, setting.value());
            assertSame(tree.getRootPolicy(), setting.source());
            assertEquals(PolicyScope.ROOT, setting.scope());
            assertSame(tree, setting.owner());
        }
    }

    @ParameterizedTest
    @MethodSource("groupsADomainMaySet")
    void aDomainOverridesForItsSubdomainsAndAgents(EReference group) {
        headOffice.setPolicy(policy(PolicyScope.DOMAIN));
        EObject domainValue = valueOf(group);
        headOffice.getPolicy().eSet(group, domainValue);

        for (EffectiveSetting setting : List.of(SettingsInheritance.effective(remoteAgent, group).orElseThrow(),
                SettingsInheritance.effective(remoteSite, group).orElseThrow(),
                SettingsInheritance.effective(headOffice, group).orElseThrow())) {
            assertSame(domainValue, setting.value());
            assertEquals(PolicyScope.DOMAIN, setting.scope());
            assertSame(headOffice, setting.owner());
        }
        assertTrue(SettingsInheritance.effective(headOffice, group).orElseThrow().isSetBy(headOffice));
        assertFalse(SettingsInheritance.effective(remoteSite, group).orElseThrow().isSetBy(remoteSite));
        assertSame(tree, SettingsInheritance.effective(rootAgent, group).orElseThrow().owner(),
                "an agent outside the domain keeps the root's value");
    }

    @ParameterizedTest
    @MethodSource("groupsADomainMaySet")
    void theNearestDomainWins(EReference group) {
        headOffice.setPolicy(policy(PolicyScope.DOMAIN));
        headOffice.getPolicy().eSet(group, valueOf(group));
        remoteSite.setPolicy(policy(PolicyScope.DOMAIN));
        EObject nearer = valueOf(group);
        remoteSite.getPolicy().eSet(group, nearer);

        EffectiveSetting setting = SettingsInheritance.effective(remoteAgent, group).orElseThrow();
        assertSame(nearer, setting.value());
        assertSame(remoteSite, setting.owner());
    }

    @ParameterizedTest
    @MethodSource("groupsADomainMaySet")
    void anAgentOverridesItsDomain(EReference group) {
        remoteSite.setPolicy(policy(PolicyScope.DOMAIN));
        remoteSite.getPolicy().eSet(group, valueOf(group));
        remoteAgent.setPolicy(policy(PolicyScope.AGENT));
        EObject own = valueOf(group);
        remoteAgent.getPolicy().eSet(group, own);
        rootAgent.setPolicy(policy(PolicyScope.AGENT));
        EObject rootAgentOwn = valueOf(group);
        rootAgent.getPolicy().eSet(group, rootAgentOwn);

        EffectiveSetting setting = SettingsInheritance.effective(remoteAgent, group).orElseThrow();
        assertSame(own, setting.value());
        assertEquals(PolicyScope.AGENT, setting.scope());
        assertSame(remoteAgent, setting.owner());
        assertSame(rootAgentOwn, SettingsInheritance.effective(rootAgent, group).orElseThrow().value());
        assertSame(remoteSite, SettingsInheritance.effective(remoteSite, group).orElseThrow().owner(),
                "the domain keeps its own value");
    }

    @Test
    void globalAgentSettingsComeFromTheRootEvenWhenALowerPolicyHoldsThem() {
        EReference group = SettingsPackage.Literals.POLICY__GLOBAL_SETTINGS;
        remoteSite.setPolicy(policy(PolicyScope.DOMAIN));
        remoteSite.getPolicy().eSet(group, valueOf(group));
        remoteAgent.setPolicy(policy(PolicyScope.AGENT));
        remoteAgent.getPolicy().eSet(group, valueOf(group));

        EffectiveSetting setting = SettingsInheritance.effective(remoteAgent, group).orElseThrow();
        assertSame(tree.getRootPolicy().getGlobalSettings(), setting.value());
        assertEquals(PolicyScope.ROOT, setting.scope());
    }

    @Test
    void eachScanTypeIsInheritedOnItsOwn() {
        remoteSite.setPolicy(policy(PolicyScope.DOMAIN));
        remoteSite.getPolicy().setRealTimeScan(SettingsFactory.eINSTANCE.createScanTypeSettings());

        Map<EReference, EffectiveSetting> effective = SettingsInheritance.effective(remoteAgent);
        assertEquals(PolicyGroups.all(), List.copyOf(effective.keySet()));
        assertSame(remoteSite, effective.get(SettingsPackage.Literals.POLICY__REAL_TIME_SCAN).owner());
        assertSame(tree, effective.get(SettingsPackage.Literals.POLICY__MANUAL_SCAN).owner());
        assertSame(tree, effective.get(SettingsPackage.Literals.POLICY__SCHEDULED_SCAN).owner());
        assertSame(tree, effective.get(SettingsPackage.Literals.POLICY__SCAN_NOW).owner());
        assertSame(tree, effective.get(SettingsPackage.Literals.POLICY__SCAN_METHOD).owner());
    }

    @Test
    void aGroupNoScopeSetsHasNoEffectiveValue() {
        tree.getRootPolicy().setFirewall(null);
        assertTrue(SettingsInheritance.effective(remoteAgent, SettingsPackage.Literals.POLICY__FIREWALL).isEmpty());
        assertFalse(SettingsInheritance.effective(remoteSite).containsKey(SettingsPackage.Literals.POLICY__FIREWALL));
    }

    @Test
    void thePolicyChainRunsFromTheScopeToTheRoot() {
        headOffice.setPolicy(policy(PolicyScope.DOMAIN));
        remoteAgent.setPolicy(policy(PolicyScope.AGENT));
        assertEquals(List.of(remoteAgent.getPolicy(), headOffice.getPolicy(), tree.getRootPolicy()),
                SettingsInheritance.policyChain(remoteAgent));
        assertEquals(List.of(tree.getRootPolicy()), SettingsInheritance.policyChain(rootAgent));
    }

    private static Policy policy(PolicyScope scope) {
        Policy policy = SettingsFactory.eINSTANCE.createPolicy();
        policy.setScope(scope);
        return policy;
    }

    private static EObject valueOf(EReference group) {
        return SettingsFactory.eINSTANCE.create((EClass) group.getEType());
    }
}
