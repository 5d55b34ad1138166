package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ComparisonDialog;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.PolicyWorkspacePart;

/**
 * Compare with Server in the console against a real server ({@link OfflinePoliciesFixture}): a whole server taken
 * offline, then an update-source range removed from one domain's copy in the workspace and a group set on another
 * domain on the server; the comparison of the whole server lists exactly those two differences, the removed range
 * element by element, and writes nothing.
 */
@EnabledIfSystemProperty(named = OfflinePoliciesFixture.ENABLE_PROPERTY, matches = "true")
@ExtendWith(ClosesDialogs.class)
class PolicyComparisonTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);
    private static final String LAB = OfflinePoliciesFixture.LAB;
    private static final String KEPT_RANGE = "10.31.0.0/16";
    private static final String REMOVED_RANGE = "10.32.0.0/16";

    @Test
    void aWholeServerComparedListsARangeRemovedInTheWorkspaceAndAGroupSetOnTheServer() throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        Wait.until("both servers are connected",
                () -> window.serversPart().connected(OfflinePoliciesFixture.NAMES), CONNECT_TIMEOUT);
        PolicyWorkspace workspace = OfflinePoliciesFixture.workspace();
        ServerAddress address = ServerAddress.parse(OfflinePoliciesFixture.lab().uri().toString());
        PolicyTarget plant = new PolicyTarget(address, WorkspaceScope.domain(OfflinePoliciesFixture.PLANT));
        PolicyTarget sales = new PolicyTarget(address, WorkspaceScope.domain(OfflinePoliciesFixture.SALES));

        try (ServerClient lab = OfflinePoliciesFixture.rootClient(OfflinePoliciesFixture.lab())) {
            SettingsScope plantScope = scope(lab, OfflinePoliciesFixture.PLANT);
            SettingsScope salesScope = scope(lab, OfflinePoliciesFixture.SALES);
            Policy ranges = lab.policies().read(plantScope, null);
            ranges.setUpdateSources(customSources(KEPT_RANGE, REMOVED_RANGE));
            lab.policies().write(plantScope, ranges, ranges.getVersion(), null);

            window.selectInAgentTree(LAB + " (Connected)");
            window.takeOffline();
            Wait.until("the whole server is taken offline", () -> workspace.contains(plant) && workspace.contains(sales)
                    && workspace.contains(new PolicyTarget(address, WorkspaceScope.root())));

            ScopePolicy copy = workspace.read(plant);
            Policy edited = EcoreUtil.copy(copy.settings());
            edited.getUpdateSources().getCustom().removeIf(entry -> entry.getIpRange().equals(REMOVED_RANGE));
            workspace.save(new ScopePolicy(copy.target(), copy.base(), edited));
            Policy root = lab.policies().read(SettingsScope.root(), null);
            Policy theirs = lab.policies().read(salesScope, null);
            theirs.setPrivileges(EcoreUtil.copy(root.getPrivileges()));
            Policy written = lab.policies().write(salesScope, theirs, theirs.getVersion(), null);
            String plantVersion = lab.policies().read(plantScope, null).getVersion();

            PolicyWorkspacePart policies = window.policyWorkspace("Domain " + OfflinePoliciesFixture.PLANT);
            policies.selectTop(LAB + " (");
            ComparisonDialog comparison = window.compareWithServer();
            List<List<String>> rows = comparison.rows();
            assertEquals(2, rows.size(), rows::toString);
            List<String> removed = rows.stream().filter(row -> row.get(0).equals("Domain Plant")).findFirst()
                    .orElseThrow(() -> new AssertionError(rows.toString()));
            assertEquals(List.of("updateSources.custom[" + REMOVED_RANGE + "]", "only on the server"),
                    removed.subList(1, 3));
            assertTrue(removed.get(3).contains(REMOVED_RANGE), removed::toString);
            assertEquals("(none)", removed.get(4), "the range is gone from the workspace");
            List<String> set = rows.stream().filter(row -> row.get(0).equals("Domain Sales")).findFirst()
                    .orElseThrow(() -> new AssertionError(rows.toString()));
            assertEquals(List.of("privileges", "only on the server"), set.subList(1, 3));
            assertEquals("(inherited)", set.get(4), "the workspace's copy inherits the group");
            assertTrue(comparison.summary().contains("2 setting(s) differ between the workspace and " + LAB),
                    comparison::summary);
            window.closeMessage(ComparisonDialog.TITLE);

            assertEquals(plantVersion, lab.policies().read(plantScope, null).getVersion(), "compare writes nothing");
            assertEquals(written.getVersion(), lab.policies().read(salesScope, null).getVersion(),
                    "compare writes nothing");
            assertEquals(List.of(KEPT_RANGE), workspace.read(plant).settings().getUpdateSources().getCustom()
                    .stream().map(UpdateSourceEntry::getIpRange).toList(), "nor does it touch the workspace");
        }
    }

    private static SettingsScope scope(ServerClient client, String domain) throws ServerException {
        return SettingsScope.domain(client.domains(null).stream().filter(found -> domain.equals(found.name()))
                .mapToLong(Domain::id).findFirst().orElseThrow());
    }

    private static UpdateSources customSources(String... ranges) {
        UpdateSources sources = SettingsFactory.eINSTANCE.createUpdateSources();
        sources.setMode(UpdateSourceMode.CUSTOM);
        sources.setFallbackToServer(true);
        for (String range : ranges) {
            UpdateSourceEntry entry = SettingsFactory.eINSTANCE.createUpdateSourceEntry();
            entry.setIpRange(range);
            entry.setUrl("https://au.example/" + range.replace('/', '-'));
            sources.getCustom().add(entry);
        }
        return sources;
    }
}
