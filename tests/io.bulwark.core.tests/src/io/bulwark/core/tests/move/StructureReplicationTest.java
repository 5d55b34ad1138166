package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.Versioned;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.PolicyGroups;
import io.bulwark.core.internal.move.SettingsComparison;
import io.bulwark.core.move.DomainOutcome;
import io.bulwark.core.move.DomainOutcome.Creation;
import io.bulwark.core.move.DomainOutcome.SettingsOutcome;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.PlannedDomain;
import io.bulwark.core.move.PlannedSetting;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.core.move.StructureReplication;
import io.bulwark.core.move.StructureRequest;
import io.bulwark.core.move.StructureResult;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * Replicating the source's domain structure and settings on a target before a move, between two real servers. The
 * source tree, with the scan method each domain sets itself ({@code -} inherits; the root sets smart):
 *
 * <pre>
 * Branch  standard
 *   Lab     -
 *   Office  smart
 * Head    -
 *   Sales   standard, and its own update settings
 * </pre>
 *
 * Each test replicates under its own target domain, so the servers are shared by the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureReplicationTest {

    private TestServer sourceServer;
    private TestServer targetServer;
    private ServerClient source;
    private ServerClient target;
    private StructureReplication replication;

    @BeforeAll
    void startServers(@TempDir Path data) throws Exception {
        sourceServer = TestServer.start(data.resolve("source"), "--name", "structure-source");
        targetServer = TestServer.start(data.resolve("target"), "--name", "structure-target");
        source = client(sourceServer);
        target = client(targetServer);
        replication = new StructureReplication(source, target);
        Domain branch = source.createDomain("Branch", null, null);
        source.createDomain("Lab", branch.id(), null);
        Domain office = source.createDomain("Office", branch.id(), null);
        Domain head = source.createDomain("Head", null, null);
        Domain sales = source.createDomain("Sales", head.id(), null);
        set(source, branch.id(), SettingsGroups.SCAN_METHOD, PolicySettings.STANDARD_SCAN);
        set(source, office.id(), SettingsGroups.SCAN_METHOD, PolicySettings.SMART_SCAN);
        set(source, sales.id(), SettingsGroups.SCAN_METHOD, PolicySettings.STANDARD_SCAN);
        Object rootUpdates = SettingsComparison.value(
                source.effectiveSettings(SettingsScope.root(), null).settings(), SettingsGroups.UPDATE_SETTINGS);
        set(source, sales.id(), SettingsGroups.UPDATE_SETTINGS, rootUpdates);
    }

    @AfterAll
    void stopServers() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{source, target, sourceServer, targetServer}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void plansExactlyTheMissingDomainsInCreationOrderAndTheSettingsThatDiffer() throws Exception {
        Domain parent = target.createDomain("Planned", null, null);
        Domain branch = target.createDomain("branch", parent.id(), null);
        set(target, branch.id(), SettingsGroups.SCAN_METHOD, PolicySettings.STANDARD_SCAN);
        int domainsBefore = target.domains(null).size();

        StructurePlan plan = replication.plan(StructureRequest.wholeTree("planned", false), null);

        assertEquals("Planned", plan.targetParentPath());
        assertEquals(List.of(SettingsGroups.SCAN_METHOD), plan.groups());
        assertEquals(List.of("Planned/Branch"), plan.present(), "matched by path ignoring case");
        assertEquals(List.of("Planned/Branch/Lab", "Planned/Branch/Office", "Planned/Head", "Planned/Head/Sales"),
                plan.toCreate(), "parents before children");
        Map<String, List<PlannedSetting>> settings = settingsByPath(plan);
        assertEquals(List.of(), settings.get("Planned/Branch"), "the target sets standard already");
        assertEquals(List.of(), settings.get("Planned/Branch/Lab"), "inherits standard on both sides");
        assertEquals(List.of(new PlannedSetting(SettingsGroups.SCAN_METHOD, null, PolicySettings.SMART_SCAN)),
                settings.get("Planned/Branch/Office"));
        assertEquals(List.of(), settings.get("Planned/Head"), "inherits smart from the root on both sides");
        assertEquals(List.of(new PlannedSetting(SettingsGroups.SCAN_METHOD, null, PolicySettings.STANDARD_SCAN)),
                settings.get("Planned/Head/Sales"));
        assertEquals(domainsBefore, target.domains(null).size(), "planning writes nothing");
        assertEquals(1L, target.policy(SettingsScope.domain(branch.id()), null).value().version(),
                "planning writes nothing");
    }

    @Test
    void appliesByCreatingTheDomainsAndCopyingTheScanMethodTheAgentsHave() throws Exception {
        Domain parent = target.createDomain("Applied", null, null);
        set(target, parent.id(), SettingsGroups.SCAN_METHOD, PolicySettings.STANDARD_SCAN);

        StructurePlan plan = replication.plan(new StructureRequest(List.of("Branch/Lab", "Head/Sales"), "Applied",
                false), null);
        assertEquals(List.of("Applied/Branch", "Applied/Branch/Lab", "Applied/Head", "Applied/Head/Sales"),
                plan.toCreate(), "the chosen domains with those above them, not Branch/Office");
        assertEquals(List.of(new PlannedSetting(SettingsGroups.SCAN_METHOD, null, PolicySettings.SMART_SCAN)),
                settingsByPath(plan).get("Applied/Head"),
                "Head inherits smart on the source but would inherit standard on the target: it is set");
        StructureResult result = replication.apply(plan, null);

        assertTrue(result.complete(), result.toString());
        assertTrue(result.domains().stream().allMatch(outcome -> outcome.creation() == Creation.CREATED));
        assertSameInEffect(plan);
        DomainPaths paths = new DomainPaths(target.domains(null));
        assertNull(target.policy(SettingsScope.domain(paths.find("Applied/Branch/Lab")), null).value().settings()
                .scanMethod(), "Lab keeps inheriting, as on the source");
        assertNull(target.policy(SettingsScope.domain(paths.find("Applied/Head/Sales")), null).value().settings()
                .updateSettings(), "only the scan method is copied by default");
    }

    @Test
    void aRepeatedApplyCreatesNothingTwiceAndWritesNothingAgain() throws Exception {
        target.createDomain("Repeated", null, null);
        StructurePlan plan = replication.plan(StructureRequest.wholeTree("Repeated", false), null);
        StructureResult first = replication.apply(plan, null);
        assertTrue(first.complete(), first.toString());
        List<Domain> afterFirst = target.domains(null);
        Map<Long, Long> versions = versions(afterFirst);

        StructureResult again = replication.apply(plan, null);

        assertTrue(again.complete(), again.toString());
        assertEquals(afterFirst.size(), target.domains(null).size(), "no domain created twice");
        assertEquals(first.domains().stream().map(DomainOutcome::domainId).toList(),
                again.domains().stream().map(DomainOutcome::domainId).toList());
        assertTrue(again.domains().stream().allMatch(outcome -> outcome.creation() == Creation.EXISTED));
        assertTrue(again.domains().stream().noneMatch(outcome -> outcome.settings() == SettingsOutcome.WRITTEN));
        assertEquals(versions, versions(target.domains(null)), "no policy written again");
        assertTrue(replication.plan(StructureRequest.wholeTree("Repeated", false), null).nothingToDo(),
                "a new plan finds everything done");
    }

    @Test
    void aChangeOnTheTargetBetweenPlanAndApplyIsReportedNotOverwritten() throws Exception {
        Domain parent = target.createDomain("Concurrent", null, null);
        Domain branch = target.createDomain("Branch", parent.id(), null);
        Domain head = target.createDomain("Head", parent.id(), null);
        Domain sales = target.createDomain("Sales", head.id(), null);
        StructurePlan plan = replication.plan(new StructureRequest(List.of("Branch", "Head/Sales"), "Concurrent",
                false), null);
        assertEquals(List.of(), plan.toCreate());

        set(target, branch.id(), SettingsGroups.SCAN_METHOD, PolicySettings.SMART_SCAN);
        Object rootFirewall = SettingsComparison.value(
                target.effectiveSettings(SettingsScope.root(), null).settings(), SettingsGroups.FIREWALL);
        set(target, sales.id(), SettingsGroups.FIREWALL, rootFirewall);
        StructureResult result = replication.apply(plan, null);

        assertFalse(result.complete());
        DomainOutcome branchOutcome = outcome(result, "Concurrent/Branch");
        assertEquals(SettingsOutcome.CHANGED_ON_TARGET, branchOutcome.settings());
        assertTrue(branchOutcome.problem().contains("Concurrent/Branch"), branchOutcome.problem());
        assertEquals(PolicySettings.SMART_SCAN,
                target.policy(SettingsScope.domain(branch.id()), null).value().settings().scanMethod(),
                "the other administrator's change stands");
        assertEquals(SettingsOutcome.WRITTEN, outcome(result, "Concurrent/Head/Sales").settings(),
                "a change to a group that is not copied is no conflict");
        PolicySettings salesOwn = target.policy(SettingsScope.domain(sales.id()), null).value().settings();
        assertEquals(PolicySettings.STANDARD_SCAN, salesOwn.scanMethod());
        assertEquals(rootFirewall, salesOwn.firewall(), "the other administrator's firewall stays");
    }

    @Test
    void copiesEverySettingsGroupWhenAsked() throws Exception {
        target.createDomain("Everything", null, null);
        StructurePlan plan = replication.plan(new StructureRequest(List.of("Head/Sales"), "Everything", true), null);
        assertFalse(plan.groups().contains(SettingsGroups.GLOBAL_SETTINGS), "server-wide, set at the root only");
        assertTrue(settingsByPath(plan).get("Everything/Head/Sales").stream()
                .anyMatch(setting -> SettingsGroups.UPDATE_SETTINGS.equals(setting.group())));

        StructureResult result = replication.apply(plan, null);

        assertTrue(result.complete(), result.toString());
        assertSameInEffect(plan);
        Long sales = new DomainPaths(target.domains(null)).find("Everything/Head/Sales");
        Long sourceSales = new DomainPaths(source.domains(null)).find("Head/Sales");
        assertEquals(source.policy(SettingsScope.domain(sourceSales), null).value().settings().updateSettings(),
                target.policy(SettingsScope.domain(sales), null).value().settings().updateSettings(),
                "the group Sales sets itself is set on the target too");
    }

    @Test
    void refusesDomainsThatDoNotExistAndWritesNothing() throws Exception {
        int before = target.domains(null).size();
        MoveException noParent = assertThrows(MoveException.class,
                () -> replication.plan(StructureRequest.wholeTree("Nowhere/Here", false), null));
        assertTrue(noParent.getMessage().contains("Nowhere/Here"), noParent.getMessage());
        MoveException noSource = assertThrows(MoveException.class,
                () -> replication.plan(new StructureRequest(List.of("Branch/Attic"), null, false), null));
        assertTrue(noSource.getMessage().contains("Branch/Attic"), noSource.getMessage());

        Domain parent = target.createDomain("Vanishing", null, null);
        StructurePlan plan = replication.plan(StructureRequest.wholeTree("Vanishing", false), null);
        target.deleteDomain(parent.id(), null);
        assertThrows(MoveException.class, () -> replication.apply(plan, null));
        assertEquals(before, target.domains(null).size(), "nothing created");
    }

    /** Every copied group is in effect at each replicated target domain as at its source domain. */
    private void assertSameInEffect(StructurePlan plan) throws Exception {
        DomainPaths sourcePaths = new DomainPaths(source.domains(null));
        DomainPaths targetPaths = new DomainPaths(target.domains(null));
        for (PlannedDomain domain : plan.domains()) {
            PolicySettings wanted = source
                    .effectiveSettings(SettingsScope.domain(sourcePaths.find(domain.sourcePath())), null).settings();
            PolicySettings got = target
                    .effectiveSettings(SettingsScope.domain(targetPaths.find(domain.targetPath())), null).settings();
            for (String group : plan.groups()) {
                assertEquals(SettingsComparison.value(wanted, group), SettingsComparison.value(got, group),
                        group + " at " + domain.targetPath());
            }
        }
    }

    private Map<Long, Long> versions(List<Domain> domains) throws Exception {
        Map<Long, Long> versions = new HashMap<>();
        for (Domain domain : domains) {
            versions.put(domain.id(), target.policy(SettingsScope.domain(domain.id()), null).value().version());
        }
        return versions;
    }

    private static Map<String, List<PlannedSetting>> settingsByPath(StructurePlan plan) {
        return plan.domains().stream().collect(Collectors.toMap(PlannedDomain::targetPath, PlannedDomain::settings));
    }

    private static DomainOutcome outcome(StructureResult result, String path) {
        return result.domains().stream().collect(Collectors.toMap(DomainOutcome::targetPath, Function.identity()))
                .get(path);
    }

    private static void set(ServerClient client, long domainId, String group, Object value) throws Exception {
        SettingsScope scope = SettingsScope.domain(domainId);
        Versioned<Policy> read = client.policy(scope, null);
        client.putPolicy(scope, PolicyGroups.with(read.value().settings(), group, value), read.etag(), null);
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }
}
