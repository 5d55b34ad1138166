package io.bulwark.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.ApplyResult.Outcome;
import io.bulwark.core.policy.PolicyApply;
import io.bulwark.core.policy.PolicyPull;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceDiff;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * The workspace taken offline from a real server, edited while the server process is stopped, and applied once it runs
 * again: reading, editing, saving and making templates need no server.
 */
class OfflineEditingTest {

    @Test
    void aWholeServerIsTakenOfflineEditedWhileItIsStoppedAndAppliedWhenItIsBack(@TempDir Path data,
            @TempDir Path folder) throws Exception {
        PolicyWorkspace workspace = new PolicyWorkspace(folder);
        try (TestServer server = TestServer.start(data, "--name", "offline")) {
            SettingsScope labScope;
            try (ServerClient client = ServerSide.client(server)) {
                Domain branch = client.createDomain("Branch", null, null);
                Domain lab = client.createDomain("Lab", branch.id(), null);
                labScope = SettingsScope.domain(lab.id());
                List<ScopePolicy> pulled = new PolicyPull(workspace, client).pull(List.of(), false, null);
                assertEquals(List.of("root", "domain:Branch", "domain:Branch/Lab"),
                        pulled.stream().map(copy -> copy.target().scope().toString()).toList());
            }
            server.stop();
            assertFalse(server.isRunning());

            PolicyTarget root = new PolicyTarget(ServerSide.address(server), WorkspaceScope.root());
            PolicyTarget lab = ServerSide.target(server, "Branch/Lab");
            assertEquals(List.of(WorkspaceScope.root(), WorkspaceScope.domain("Branch"),
                    WorkspaceScope.domain("Branch/Lab")), workspace.scopes(ServerSide.address(server)));
            ScopePolicy labCopy = workspace.read(lab);
            labCopy.settings().setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
            workspace.save(labCopy);
            ScopePolicy rootCopy = workspace.read(root);
            rootCopy.settings().getPrivileges().setConfigureScans(true);
            workspace.save(rootCopy);
            Policy offices = SettingsFactory.eINSTANCE.createPolicy();
            offices.setScope(PolicyScope.TEMPLATE);
            offices.setFirewall(EcoreUtil.copy(rootCopy.settings().getFirewall()));
            workspace.save(new PolicyTemplate("Offices", offices, Map.of()));
            assertTrue(workspace.read(lab).hasLocalChanges());
            assertTrue(workspace.read(root).hasLocalChanges());
            assertEquals(List.of("Offices"), workspace.templates());
            try (ServerClient unreachable = new ServerClient(ServerSide.address(server),
                    new Credentials("root", server.rootPassword().toCharArray()),
                    CertificateFingerprint.parse(server.fingerprint()), RetryPolicy.NONE)) {
                assertThrows(ServerException.class,
                        () -> new WorkspaceDiff(workspace, unreachable).compare(WorkspaceScope.root(), null),
                        "only comparing and applying need the server");
            }
            assertFalse(server.isRunning(), "all of the above ran with the server stopped");

            server.restart();
            try (ServerClient client = ServerSide.client(server)) {
                PolicyApply apply = new PolicyApply(workspace);
                for (PolicyTarget target : List.of(root, lab)) {
                    ApplyPreview preview = apply.preview(target, client, null);
                    assertEquals(1, preview.changes().size(), preview.changes().toString());
                    assertEquals(Outcome.WRITTEN, apply.apply(preview, Map.of(), client, null).outcome());
                }
                assertEquals(ScanMethod.STANDARD, ServerSide.read(client, labScope).getScanMethod().getMethod());
                assertTrue(ServerSide.read(client, SettingsScope.root()).getPrivileges().isConfigureScans());
            }
        }
    }
}
