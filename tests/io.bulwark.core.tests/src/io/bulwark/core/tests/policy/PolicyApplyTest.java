package io.bulwark.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.ApplyResult;
import io.bulwark.core.policy.ApplyResult.Outcome;
import io.bulwark.core.policy.LocalChangesException;
import io.bulwark.core.policy.PolicyApply;
import io.bulwark.core.policy.PolicyPull;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopeDiff;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.ServerDiff;
import io.bulwark.core.policy.SettingText;
import io.bulwark.core.policy.WorkspaceDiff;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.model.merge.SettingChange.Kind;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.TestServer;

/**
 * Pulling, comparing and applying the policy workspace against two real servers, with another administrator changing
 * the same scopes through the client meanwhile. Each test works in domains of its own and a fresh workspace, so the
 * servers are shared by the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyApplyTest {

    private TestServer serverA;
    private TestServer serverB;
    private ServerClient a;
    private ServerClient b;
    private PolicyWorkspace workspace;
    private PolicyApply apply;

    @BeforeAll
    void startServers(@TempDir Path data) throws Exception {
        List<Callable<TestServer>> starts = List.of(
                () -> TestServer.start(data.resolve("a"), "--name", "policy-a"),
                () -> TestServer.start(data.resolve("b"), "--name", "policy-b"));
        List<TestServer> servers = Concurrently.start(starts);
        serverA = servers.get(0);
        serverB = servers.get(1);
        a = ServerSide.client(serverA);
        b = ServerSide.client(serverB);
    }

    @AfterAll
    void stopServers() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{a, b, serverA, serverB}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @BeforeEach
    void freshWorkspace(@TempDir Path folder) {
        workspace = new PolicyWorkspace(folder);
        apply = new PolicyApply(workspace);
    }

    @Test
    void aCleanApplyWritesTheWorkspaceChangesAndMovesTheBase() throws Exception {
        SettingsScope scope = domainWithExclusions(a, "Clean", "D:\\Data", "E:\\Queue");
        ScopePolicy copy = pull(a, "Clean");
        copy.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        List<String> folders = copy.settings().getRealTimeScan().getExclusions().getFolders();
        folders.remove("D:\\Data");
        folders.add("F:\\Backup");
        workspace.save(copy);

        ApplyPreview preview = apply.preview(copy.target(), a, null);

        assertEquals(List.of("scanMethod", "scanSettings.realTime.exclusions.folders[D:\\Data]",
                "scanSettings.realTime.exclusions.folders[F:\\Backup]"), paths(preview.changes()));
        assertEquals(List.of(Kind.ADDED, Kind.REMOVED, Kind.ADDED), kinds(preview.changes()));
        assertEquals(List.of(), preview.conflicts());
        assertEquals(List.of(), preview.kept());
        ApplyResult result = apply.apply(preview, Map.of(), a, null);

        assertEquals(Outcome.WRITTEN, result.outcome(), String.valueOf(result.message()));
        Policy stored = ServerSide.read(a, scope);
        assertEquals(ScanMethod.STANDARD, stored.getScanMethod().getMethod());
        assertEquals(List.of("E:\\Queue", "F:\\Backup"), stored.getRealTimeScan().getExclusions().getFolders());
        ScopePolicy after = workspace.read(copy.target());
        assertEquals(ServerSide.version(a, scope), after.base().version());
        assertEquals(result.version(), after.base().version());
        assertFalse(after.hasLocalChanges());
        assertTrue(apply.preview(copy.target(), a, null).nothingToApply());
    }

    @Test
    void aPullOverLocalChangesNamesTheChangedCopiesAndWritesNothingUntilTheyAreDiscarded() throws Exception {
        domainWithExclusions(a, "Local", "D:\\Data");
        ScopePolicy copy = pull(a, "Local");
        copy.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        workspace.save(copy);
        PolicyPull pull = new PolicyPull(workspace, a);

        LocalChangesException refused = assertThrows(LocalChangesException.class,
                () -> pull.pull(List.of(WorkspaceScope.domain("Local")), false, null));

        assertEquals(List.of(copy.target()), refused.targets());
        assertTrue(workspace.read(copy.target()).hasLocalChanges(), "nothing was overwritten");
        pull.pull(List.of(WorkspaceScope.domain("Local")), true, null);
        assertFalse(workspace.read(copy.target()).hasLocalChanges(), "discarded when asked");
        assertEquals("\"standard\"", SettingText.of(ScanMethod.STANDARD, false));
        assertEquals("(inherited)", SettingText.of(null, true));
    }

    @Test
    void aConflictIsReportedWithBaseTheirsAndYoursAndNothingIsWrittenUntilItIsResolved() throws Exception {
        SettingsScope scope = domainWithExclusions(a, "Conflict", "D:\\Data");
        ScopePolicy copy = pull(a, "Conflict");
        long theirVersion = ServerSide.change(a, scope, policy -> {
            policy.getRealTimeScan().getTargets().setCompressedLayers(5);
            policy.getRealTimeScan().getExclusions().getFolders().add("G:\\Theirs");
        });
        copy.settings().getRealTimeScan().getTargets().setCompressedLayers(7);
        copy.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        workspace.save(copy);
        Path file = workspace.file(copy.target());
        byte[] workspaceBefore = Files.readAllBytes(file);

        ApplyPreview preview = apply.preview(copy.target(), a, null);

        assertEquals(1, preview.conflicts().size());
        SettingConflict conflict = preview.conflicts().get(0);
        assertEquals("scanSettings.realTime.targets.compressedLayers", conflict.path().toString());
        assertEquals(List.of(2, 5, 7), List.of(conflict.base(), conflict.theirs(), conflict.yours()));
        assertEquals(List.of("scanMethod"), paths(preview.changes()));
        assertEquals(List.of("scanSettings.realTime.exclusions.folders[G:\\Theirs]"), paths(preview.kept()));

        ApplyResult refused = apply.apply(preview, Map.of(), a, null);

        assertEquals(Outcome.CONFLICTS, refused.outcome());
        assertTrue(refused.message().contains("scanSettings.realTime.targets.compressedLayers"), refused.message());
        assertEquals(theirVersion, ServerSide.version(a, scope), "nothing was written");
        assertNull(ServerSide.read(a, scope).getScanMethod(), "not even the change that did not conflict");
        assertArrayEquals(workspaceBefore, Files.readAllBytes(file), "the workspace is untouched");

        ApplyResult resolved = apply.apply(preview, Map.of(conflict.path(), MergeSide.YOURS), a, null);

        assertEquals(Outcome.WRITTEN, resolved.outcome(), String.valueOf(resolved.message()));
        Policy stored = ServerSide.read(a, scope);
        assertEquals(7, stored.getRealTimeScan().getTargets().getCompressedLayers());
        assertEquals(ScanMethod.STANDARD, stored.getScanMethod().getMethod());
        assertEquals(List.of("D:\\Data", "G:\\Theirs"), stored.getRealTimeScan().getExclusions().getFolders(),
                "their other change stays");
        assertFalse(workspace.read(copy.target()).hasLocalChanges());
    }

    @Test
    void aServerChangeAfterThePreviewIsCaughtByIfMatchAndSendsTheAdministratorBackToTheMerge() throws Exception {
        Domain domain = a.createDomain("Race", null, null);
        SettingsScope scope = SettingsScope.domain(domain.id());
        ScopePolicy copy = pull(a, "Race");
        copy.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        workspace.save(copy);
        byte[] workspaceBefore = Files.readAllBytes(workspace.file(copy.target()));
        ApplyPreview preview = apply.preview(copy.target(), a, null);
        assertEquals(List.of(), preview.conflicts());

        long theirVersion = ServerSide.change(a, scope,
                policy -> policy.setScanMethod(Settings.scanMethod(ScanMethod.SMART)));
        ApplyResult raced = apply.apply(preview, Map.of(), a, null);

        assertEquals(Outcome.CHANGED_MEANWHILE, raced.outcome());
        assertEquals(theirVersion, ServerSide.version(a, scope));
        assertEquals(ScanMethod.SMART, ServerSide.read(a, scope).getScanMethod().getMethod(), "theirs stands");
        assertArrayEquals(workspaceBefore, Files.readAllBytes(workspace.file(copy.target())));

        ApplyPreview again = apply.preview(copy.target(), a, null);
        assertEquals(List.of("scanMethod.method"), again.conflicts().stream()
                .map(conflict -> conflict.path().toString()).toList(), "back to the merge, with their change");
        ApplyResult theirsTaken = apply.apply(again, Map.of(again.conflicts().get(0).path(), MergeSide.THEIRS), a,
                null);
        assertEquals(Outcome.UNCHANGED, theirsTaken.outcome());
        assertEquals(theirVersion, ServerSide.version(a, scope));
        ScopePolicy after = workspace.read(copy.target());
        assertEquals(theirVersion, after.base().version(), "the base caught up with the server");
        assertEquals(ScanMethod.SMART, after.settings().getScanMethod().getMethod());
    }

    @Test
    void deletionsAreVisibleInTheComparisonAndThePreviewAndApply() throws Exception {
        SettingsScope scope = domainWithExclusions(a, "Deletions", "D:\\Data", "E:\\Queue");
        Firewall rootFirewall = ServerSide.read(a, SettingsScope.root()).getFirewall();
        ServerSide.change(a, scope, policy -> {
            policy.setUpdateSources(Settings.customSources("10.1.0.0/16", "10.2.0.0/16"));
            policy.setFirewall(EcoreUtil.copy(rootFirewall));
            FirewallProfile servers = SettingsFactory.eINSTANCE.createFirewallProfile();
            servers.setName("Servers");
            servers.setPolicy(policy.getFirewall().getPolicies().get(0).getName());
            servers.getPlatforms().add(Platform.SERVER);
            policy.getFirewall().getProfiles().add(servers);
        });
        ScopePolicy copy = pull(a, "Deletions");
        copy.settings().getRealTimeScan().getExclusions().getFolders().remove("E:\\Queue");
        copy.settings().getUpdateSources().getCustom().remove(1);
        copy.settings().getFirewall().getProfiles().remove(1);
        workspace.save(copy);
        List<String> removed = List.of("scanSettings.realTime.exclusions.folders[E:\\Queue]",
                "updateSources.custom[10.2.0.0/16]", "firewall.profiles[Servers]");

        ScopeDiff diff = new WorkspaceDiff(workspace, a).compare(copy.target().scope(), null);

        assertEquals(removed, paths(diff.changes()));
        assertEquals(List.of(Kind.REMOVED, Kind.REMOVED, Kind.REMOVED), kinds(diff.changes()));
        assertEquals("E:\\Queue", diff.changes().get(0).before(), "the server's value is shown");
        assertEquals("https://au.example/10.2.0.0/16",
                ((UpdateSourceEntry) diff.changes().get(1).before()).getUrl());
        ApplyPreview preview = apply.preview(copy.target(), a, null);
        assertEquals(removed, paths(preview.changes()));
        assertEquals(List.of(Kind.REMOVED, Kind.REMOVED, Kind.REMOVED), kinds(preview.changes()));

        assertEquals(Outcome.WRITTEN, apply.apply(preview, Map.of(), a, null).outcome());
        Policy stored = ServerSide.read(a, scope);
        assertEquals(List.of("D:\\Data"), stored.getRealTimeScan().getExclusions().getFolders());
        assertEquals(List.of("10.1.0.0/16"),
                stored.getUpdateSources().getCustom().stream().map(UpdateSourceEntry::getIpRange).toList());
        assertEquals(List.of("All agents"),
                stored.getFirewall().getProfiles().stream().map(FirewallProfile::getName).toList());
        assertTrue(new WorkspaceDiff(workspace, a).compare(copy.target().scope(), null).changes().isEmpty());
    }

    @Test
    void aWholeServerComparisonNamesTheScopesOnlyOneSideHas() throws Exception {
        Domain gone = b.createDomain("Gone", null, null);
        b.createDomain("Kept", null, null);
        new PolicyPull(workspace, b).pull(List.of(), false, null);
        b.deleteDomain(gone.id(), null);
        b.createDomain("Fresh", null, null);
        ScopePolicy kept = workspace.read(ServerSide.target(serverB, "Kept"));
        kept.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        workspace.save(kept);

        ServerDiff diff = new WorkspaceDiff(workspace, b).compareServer(null);

        assertFalse(diff.same());
        assertTrue(diff.onlyOnServer().contains(WorkspaceScope.domain("Fresh")), diff.toString());
        assertEquals(List.of(WorkspaceScope.domain("Gone")), diff.onlyInWorkspace());
        List<String> changed = diff.scopes().stream().filter(scope -> !scope.changes().isEmpty())
                .map(scope -> scope.target().scope().toString()).toList();
        assertEquals(List.of("domain:Kept"), changed);
    }

    @Test
    void aTemplateAppliedToTwoServersAndThreeDomainsPreviewsEachTargetAndKeepsABasePerTarget() throws Exception {
        for (ServerClient client : List.of(a, b)) {
            for (String name : List.of("Office-1", "Office-2", "Office-3")) {
                client.createDomain(name, null, null);
            }
        }
        Policy settings = SettingsFactory.eINSTANCE.createPolicy();
        settings.setScope(PolicyScope.TEMPLATE);
        settings.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        settings.setUpdateSources(Settings.customSources("10.9.0.0/16"));
        workspace.save(new PolicyTemplate("Offices", settings, Map.of()));
        SettingsScope alreadyThere = scope(a, "Office-2");
        ServerSide.change(a, alreadyThere, policy -> {
            policy.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
            policy.setUpdateSources(Settings.customSources("10.9.0.0/16"));
        });
        ServerSide.change(b, scope(b, "Office-3"),
                policy -> policy.setScanMethod(Settings.scanMethod(ScanMethod.SMART)));
        List<PolicyTarget> targets = new ArrayList<>();
        for (TestServer server : List.of(serverA, serverB)) {
            for (String name : List.of("office-1", "Office-2", "OFFICE-3")) {
                targets.add(ServerSide.target(server, name));
            }
        }

        List<ApplyPreview> previews = previews("Offices", targets);

        assertTrue(previews.stream().allMatch(ApplyPreview::firstApply), "no base yet: full comparisons");
        List<String> fresh = List.of("scanMethod", "updateSources");
        assertEquals(List.of(fresh, List.of(), fresh, fresh, fresh, List.of("scanMethod.method", "updateSources")),
                previews.stream().map(preview -> paths(preview.changes())).toList());
        assertEquals("Office-1", previews.get(0).target().scope().domainPath(), "the server's names");
        assertTrue(previews.stream().allMatch(preview -> preview.conflicts().isEmpty()));
        for (ApplyPreview preview : previews) {
            ApplyResult result = apply.apply(preview, Map.of(), client(preview), null);
            assertEquals(preview.nothingToApply() ? Outcome.UNCHANGED : Outcome.WRITTEN, result.outcome(),
                    String.valueOf(result.message()));
        }
        PolicyTemplate applied = workspace.readTemplate("Offices");
        assertEquals(6, applied.bases().size());
        for (ApplyPreview preview : previews) {
            Policy stored = ServerSide.read(client(preview), scope(client(preview),
                    preview.target().scope().domainPath()));
            assertEquals(ScanMethod.STANDARD, stored.getScanMethod().getMethod(), preview.target().toString());
            assertEquals("10.9.0.0/16", stored.getUpdateSources().getCustom().get(0).getIpRange());
        }

        PolicyTemplate changed = workspace.readTemplate("Offices");
        changed.settings().getUpdateSources().getCustom().add(Settings.source("10.8.0.0/16"));
        workspace.save(changed);
        ServerSide.change(b, scope(b, "Office-1"), policy -> policy.getUpdateSources().setFallbackToServer(false));
        List<ApplyPreview> second = previews("Offices", List.copyOf(applied.bases().keySet()));

        assertTrue(second.stream().noneMatch(ApplyPreview::firstApply));
        assertTrue(second.stream().allMatch(preview -> paths(preview.changes())
                .equals(List.of("updateSources.custom[10.8.0.0/16]"))), "only the template's own change");
        ApplyPreview other = second.stream()
                .filter(preview -> preview.target().equals(ServerSide.target(serverB, "Office-1"))).findFirst()
                .orElseThrow();
        assertEquals(List.of("updateSources.fallbackToServer"), paths(other.kept()), "their change stays");
        assertTrue(second.stream().allMatch(preview -> preview.conflicts().isEmpty()));
    }

    private List<ApplyPreview> previews(String template, List<PolicyTarget> targets) throws Exception {
        List<ApplyPreview> previews = new ArrayList<>();
        for (PolicyTarget target : targets) {
            previews.add(apply.previewTemplate(template, target, target.server().equals(ServerSide.address(serverA))
                    ? a
                    : b, null));
        }
        return previews;
    }

    private ServerClient client(ApplyPreview preview) {
        return preview.target().server().equals(ServerSide.address(serverA)) ? a : b;
    }

    private static SettingsScope scope(ServerClient client, String name) throws Exception {
        for (Domain domain : client.domains(null)) {
            if (domain.name().equals(name) && domain.parentId() == null) {
                return SettingsScope.domain(domain.id());
            }
        }
        throw new AssertionError("no domain " + name);
    }

    /** A new domain that overrides real-time scan settings with the given folder exclusions. */
    private SettingsScope domainWithExclusions(ServerClient client, String name, String... folders)
            throws Exception {
        Domain domain = client.createDomain(name, null, null);
        SettingsScope scope = SettingsScope.domain(domain.id());
        ScanTypeSettings realTime = ServerSide.rootRealTimeScan(client);
        realTime.getExclusions().getFolders().addAll(List.of(folders));
        ServerSide.change(client, scope, policy -> policy.setRealTimeScan(realTime));
        return scope;
    }

    private ScopePolicy pull(ServerClient client, String domain) throws Exception {
        List<ScopePolicy> pulled = new PolicyPull(workspace, client).pull(List.of(WorkspaceScope.domain(domain)),
                false, null);
        assertEquals(1, pulled.size());
        return workspace.read(pulled.get(0).target());
    }

    private static List<String> paths(List<SettingChange> changes) {
        return changes.stream().map(change -> change.path().toString()).toList();
    }

    private static List<Kind> kinds(List<SettingChange> changes) {
        return changes.stream().map(SettingChange::kind).toList();
    }
}
