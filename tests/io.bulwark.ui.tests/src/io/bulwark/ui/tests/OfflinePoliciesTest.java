package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.MergeDialog;
import io.bulwark.ui.tests.pages.PolicyWorkspacePart;
import io.bulwark.ui.tests.pages.SettingsEditor;

/**
 * Offline policy editing in the console against a real server ({@link OfflinePoliciesFixture}): a domain taken offline,
 * edited and saved in the settings editor while the server process is stopped, then applied through the merge dialog
 * after the server changed the same setting differently and another one on its side only.
 */
@EnabledIfSystemProperty(named = OfflinePoliciesFixture.ENABLE_PROPERTY, matches = "true")
@ExtendWith(ClosesDialogs.class)
class OfflinePoliciesTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);
    private static final String BRANCH_COPY = "Domain Branch";
    private static final String OFFICE = OfflinePoliciesFixture.OFFICE;

    @Test
    void aDomainEditedWhileItsServerIsStoppedIsAppliedThroughTheMergeDialog() throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        Wait.until("the servers are connected", () -> window.serversPart().connected(OfflinePoliciesFixture.NAMES),
                CONNECT_TIMEOUT);
        PolicyWorkspace workspace = OfflinePoliciesFixture.workspace();
        PolicyTarget branch = new PolicyTarget(ServerAddress.parse(OfflinePoliciesFixture.office().uri().toString()),
                WorkspaceScope.domain(OfflinePoliciesFixture.BRANCH));

        window.selectInAgentTree(OFFICE + " (Connected)", OfflinePoliciesFixture.BRANCH);
        window.takeOffline();
        Wait.until("the domain is taken offline", () -> workspace.contains(branch));

        OfflinePoliciesFixture.office().stop();
        PolicyWorkspacePart policies = window.policyWorkspace(BRANCH_COPY);
        policies.open(BRANCH_COPY);
        SettingsEditor editor = window.settingsEditor("Settings of Domain Branch on Office (offline)");
        editor.selectGroup("Scan method");
        assertEquals("Not set anywhere", editor.groupSource(), "only the workspace's copies are inherited from");
        editor.override();
        editor.choose("method", "standard");
        Wait.until("the editor has unsaved changes", editor::isDirty);
        editor.save();
        Wait.until("the copy is saved", () -> !editor.isDirty());
        assertEquals(ScanMethod.STANDARD, workspace.read(branch).settings().getScanMethod().getMethod());
        Wait.until("the copy is marked changed locally",
                () -> policies.text(BRANCH_COPY).contains("changed locally"));
        assertFalse(OfflinePoliciesFixture.office().isRunning(), "edited and saved with the server stopped");

        OfflinePoliciesFixture.office().restart();
        Wait.until("the server is connected again",
                () -> window.serversPart().connected(OfflinePoliciesFixture.NAMES), CONNECT_TIMEOUT);
        try (ServerClient other = OfflinePoliciesFixture.rootClient()) {
            SettingsScope scope = SettingsScope.domain(other.domains(null).stream()
                    .filter(domain -> OfflinePoliciesFixture.BRANCH.equals(domain.name())).mapToLong(Domain::id)
                    .findFirst().orElseThrow());
            Policy root = other.policies().read(SettingsScope.root(), null);
            Policy theirs = other.policies().read(scope, null);
            theirs.setScanMethod(EcoreUtil.copy(root.getScanMethod()));
            theirs.setPrivileges(EcoreUtil.copy(root.getPrivileges()));
            theirs.getPrivileges().setConfigureProxy(!root.getPrivileges().isConfigureProxy());
            Policy before = other.policies().write(scope, theirs, theirs.getVersion(), null);

            policies.select(BRANCH_COPY);
            window.applyPolicies();
            MergeDialog merge = window.mergeDialog();
            List<List<String>> rows = merge.rows();
            assertTrue(rows.contains(List.of(BRANCH_COPY, "scanMethod.method", "CONFLICT", "(none)", "\"smart\"",
                    "\"standard\"", "(choose)")), rows::toString);
            assertTrue(
                    rows.stream().anyMatch(row -> row.get(1).equals("privileges") && row.get(5).equals("(inherited)")),
                    rows::toString);
            assertFalse(merge.applyEnabled(), "nothing can be applied before the conflict is resolved");
            assertEquals(before.getVersion(), other.policies().read(scope, null).getVersion(), "nothing written");

            merge.select("scanMethod.method");
            merge.useYours();
            Wait.until("Apply is enabled once the conflict has a side", merge::applyEnabled);
            merge.apply();
            Wait.until("the merge dialog closes", merge::isClosed);
            window.closeMessage("Policies Applied");

            Policy stored = other.policies().read(scope, null);
            assertEquals(ScanMethod.STANDARD, stored.getScanMethod().getMethod(), "the conflict resolved as chosen");
            assertEquals(!root.getPrivileges().isConfigureProxy(), stored.getPrivileges().isConfigureProxy(),
                    "their change on one side only is kept");
            assertNull(stored.getFirewall(), "nothing else changed");
            assertFalse(workspace.read(branch).hasLocalChanges(), "the base moved to what the server stored");
        }
    }
}
