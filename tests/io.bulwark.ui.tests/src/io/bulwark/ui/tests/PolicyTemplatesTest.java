package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.policy.PolicyBase;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.servers.TestServer;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.MergeDialog;
import io.bulwark.ui.tests.pages.NewTemplateDialog;
import io.bulwark.ui.tests.pages.PolicyWorkspacePart;
import io.bulwark.ui.tests.pages.SettingsEditor;
import io.bulwark.ui.tests.pages.TemplateTargetsDialog;

/**
 * Templates in the console against two real servers ({@link OfflinePoliciesFixture}): a template made in the New
 * Template dialog, edited and saved in the offline settings editor, then applied to a domain of one server and two
 * domains of the other through the Apply Template dialog, whose preview lists exactly the template's change for each
 * target (a first apply, compared in full) before anything is written; afterwards each server holds exactly that change
 * at each target and nothing else changed, and the template keeps a base for each target. Changed and applied again
 * after another administrator changed one target, the template merges against each target's base: the change goes to
 * the others, and that target is a conflict, resolved in the merge dialog.
 */
@EnabledIfSystemProperty(named = OfflinePoliciesFixture.ENABLE_PROPERTY, matches = "true")
@ExtendWith(ClosesDialogs.class)
class PolicyTemplatesTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);
    private static final String TEMPLATE = "Hardened scans";
    private static final String OFFICE = OfflinePoliciesFixture.OFFICE;
    private static final String LAB = OfflinePoliciesFixture.LAB;
    private static final String SALES = "Domain " + OfflinePoliciesFixture.SALES;
    private static final String PLANT = "Domain " + OfflinePoliciesFixture.PLANT;
    private static final String OFFICE_SALES = SALES + " on " + OFFICE;
    private static final String LAB_SALES = SALES + " on " + LAB;
    private static final String LAB_PLANT = PLANT + " on " + LAB;

    private ConsoleWindow window;
    private PolicyWorkspace workspace;
    private PolicyWorkspacePart policies;
    private ServerClient office;
    private ServerClient lab;

    @Test
    void aTemplateEditedOfflineIsPreviewedAndAppliedToDomainsOfTwoServersThenAgainWithAConflict() throws Exception {
        window = ConsoleWindow.waitForIt();
        Wait.until("both servers are connected",
                () -> window.serversPart().connected(OfflinePoliciesFixture.NAMES), CONNECT_TIMEOUT);
        workspace = OfflinePoliciesFixture.workspace();
        policies = window.policyWorkspace();
        SettingsEditor editor = makeTemplate();
        try (ServerClient officeClient = OfflinePoliciesFixture.rootClient(OfflinePoliciesFixture.office());
                ServerClient labClient = OfflinePoliciesFixture.rootClient(OfflinePoliciesFixture.lab())) {
            office = officeClient;
            lab = labClient;
            applyFirst();
            applyAgainAfterAnotherAdministratorChangedOneTarget(editor);
        }
    }

    /** Makes the template in the New Template dialog and sets the standard scan method in the editor. */
    private SettingsEditor makeTemplate() throws Exception {
        NewTemplateDialog creation = window.newTemplate();
        assertFalse(creation.createEnabled(), "a template needs a name");
        creation.name(TEMPLATE);
        Wait.until("Create is enabled once the template is named", creation::createEnabled);
        creation.create();
        SettingsEditor editor = window.settingsEditor("Template " + TEMPLATE + " (offline)*");
        Wait.until("the template is in the workspace", () -> workspace.containsTemplate(TEMPLATE));
        editor.selectGroup("Scan method");
        assertEquals("Not set: left as each target has it", editor.groupSource(), "a template inherits nothing");
        editor.override();
        editor.choose("method", "standard");
        Wait.until("the editor has unsaved changes", editor::isDirty);
        editor.save();
        Wait.until("the template is saved", () -> !editor.isDirty());
        Policy saved = workspace.readTemplate(TEMPLATE).settings();
        assertEquals(ScanMethod.STANDARD, saved.getScanMethod().getMethod());
        assertNull(saved.getFirewall(), "the template sets only the group set in the editor");
        assertNull(saved.getPrivileges(), "the template sets only the group set in the editor");
        return editor;
    }

    /** The first apply to three targets, none with a base: a full comparison each. */
    private void applyFirst() throws Exception {
        Map<String, Policy> before = policies();
        policies.selectTop("Template " + TEMPLATE);
        TemplateTargetsDialog targets = window.applyTemplate(TEMPLATE);
        targets.choose(OFFICE, SALES).add(LAB, SALES).add(LAB, PLANT);
        Wait.until("three targets on two servers are chosen",
                () -> targets.summary().equals("3 target(s) on 2 server(s) chosen."));
        targets.preview();

        MergeDialog merge = window.mergeDialog();
        List<List<String>> rows = merge.rows();
        assertEquals(3, rows.size(), rows::toString);
        for (String target : List.of(OFFICE_SALES, LAB_SALES, LAB_PLANT)) {
            List<String> row = row(rows, target);
            assertEquals(List.of("scanMethod", "write", "(inherited)", "(inherited)"), row.subList(1, 5), target);
            assertTrue(row.get(5).contains("\"standard\""), row::toString);
            assertTrue(merge.summary().contains(target + ": the template was never applied there"), merge::summary);
        }
        assertEquals(versions(before), versions(policies()), "nothing is written before Apply");

        Wait.until("Apply is enabled", merge::applyEnabled);
        merge.apply();
        Wait.until("the merge dialog closes", merge::isClosed);
        window.closeMessage("Policies Applied");

        Map<String, Policy> after = policies();
        for (String changed : List.of(OFFICE + " Sales", LAB + " Sales", LAB + " Plant")) {
            assertEquals(ScanMethod.STANDARD, after.get(changed).getScanMethod().getMethod(), changed);
            assertTrue(sameApartFromScanMethod(before.get(changed), after.get(changed)),
                    changed + " changed only in its scan method");
        }
        for (String untouched : List.of(OFFICE + " root", OFFICE + " Plant", LAB + " root")) {
            assertEquals(before.get(untouched).getVersion(), after.get(untouched).getVersion(),
                    untouched + " is not written");
        }
        PolicyTemplate applied = workspace.readTemplate(TEMPLATE);
        assertEquals(Set.of(target(OfflinePoliciesFixture.office(), OfflinePoliciesFixture.SALES),
                target(OfflinePoliciesFixture.lab(), OfflinePoliciesFixture.SALES),
                target(OfflinePoliciesFixture.lab(), OfflinePoliciesFixture.PLANT)), applied.bases().keySet(),
                "each target keeps the base of this apply");
        Wait.until("the template is listed as applied to three targets",
                () -> policies.topText("Template " + TEMPLATE).contains("applied to 3 target(s)"));
    }

    /**
     * Another administrator makes Lab's Sales inherit the scan method again, and the template is changed to smart: the
     * second apply merges against each target's base, so the two untouched targets get the change and Lab's Sales is a
     * conflict, resolved for theirs.
     */
    private void applyAgainAfterAnotherAdministratorChangedOneTarget(SettingsEditor editor) throws Exception {
        SettingsScope labSales = scope(lab, OfflinePoliciesFixture.SALES);
        Policy theirs = lab.policies().read(labSales, null);
        theirs.setScanMethod(null);
        String theirVersion = lab.policies().write(labSales, theirs, theirs.getVersion(), null).getVersion();
        editor.choose("method", "smart");
        Wait.until("the editor has unsaved changes", editor::isDirty);
        editor.save();
        Wait.until("the template is saved", () -> !editor.isDirty());
        assertEquals(3, workspace.readTemplate(TEMPLATE).bases().size(), "saving the template keeps its bases");
        Map<String, Policy> before = policies();

        policies.selectTop("Template " + TEMPLATE);
        TemplateTargetsDialog targets = window.applyTemplate(TEMPLATE);
        assertEquals("3 target(s) on 2 server(s) chosen.", targets.summary(), "the earlier targets come chosen");
        targets.preview();

        MergeDialog merge = window.mergeDialog();
        List<List<String>> rows = merge.rows();
        assertEquals(3, rows.size(), rows::toString);
        for (String target : List.of(OFFICE_SALES, LAB_PLANT)) {
            assertEquals(List.of(target, "scanMethod.method", "write", "\"standard\"", "\"standard\"", "\"smart\"",
                    "yours"), row(rows, target));
        }
        List<String> conflict = row(rows, LAB_SALES);
        assertEquals(List.of("scanMethod", "CONFLICT"), conflict.subList(1, 3), conflict::toString);
        assertTrue(conflict.get(3).contains("\"standard\""), conflict::toString);
        assertEquals("(inherited)", conflict.get(4), conflict::toString);
        assertTrue(conflict.get(5).contains("\"smart\""), conflict::toString);
        assertFalse(merge.summary().contains("never applied"), merge::summary);
        assertFalse(merge.applyEnabled(), "nothing can be applied before the conflict is resolved");
        assertEquals(versions(before), versions(policies()), "nothing is written before Apply");

        merge.select("scanMethod");
        merge.useTheirs();
        Wait.until("Apply is enabled once the conflict has a side", merge::applyEnabled);
        merge.apply();
        Wait.until("the merge dialog closes", merge::isClosed);
        window.closeMessage("Policies Applied");

        Map<String, Policy> after = policies();
        assertEquals(ScanMethod.SMART, after.get(OFFICE + " Sales").getScanMethod().getMethod());
        assertEquals(ScanMethod.SMART, after.get(LAB + " Plant").getScanMethod().getMethod());
        assertNull(after.get(LAB + " Sales").getScanMethod(), "their change is kept");
        assertEquals(theirVersion, after.get(LAB + " Sales").getVersion(), "keeping theirs writes nothing there");
        PolicyBase labSalesBase = workspace.readTemplate(TEMPLATE).bases()
                .get(target(OfflinePoliciesFixture.lab(), OfflinePoliciesFixture.SALES));
        assertNull(labSalesBase.settings().getScanMethod(), "the target's base is what it holds now");
    }

    private static List<String> row(List<List<String>> rows, String target) {
        return rows.stream().filter(shown -> shown.get(0).equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no change previewed for " + target + ": " + rows));
    }

    private static SettingsScope scope(ServerClient client, String domain) throws ServerException {
        return SettingsScope.domain(client.domains(null).stream().filter(found -> domain.equals(found.name()))
                .mapToLong(Domain::id).findFirst().orElseThrow());
    }

    /** @return the root, Sales and Plant policies of both servers, keyed "Office Sales", "Lab root"... */
    private Map<String, Policy> policies() throws ServerException {
        Map<String, Policy> policies = new LinkedHashMap<>();
        for (ServerClient client : List.of(office, lab)) {
            String server = client == office ? OFFICE : LAB;
            policies.put(server + " root", client.policies().read(SettingsScope.root(), null));
            for (Domain domain : client.domains(null)) {
                if (domain.name().equals(OfflinePoliciesFixture.SALES)
                        || domain.name().equals(OfflinePoliciesFixture.PLANT)) {
                    policies.put(server + " " + domain.name(),
                            client.policies().read(SettingsScope.domain(domain.id()), null));
                }
            }
        }
        return policies;
    }

    private static Map<String, Object> versions(Map<String, Policy> policies) {
        Map<String, Object> versions = new LinkedHashMap<>();
        policies.forEach((scope, policy) -> versions.put(scope, policy.getVersion()));
        return versions;
    }

    private static boolean sameApartFromScanMethod(Policy before, Policy after) {
        Policy a = EcoreUtil.copy(before);
        Policy b = EcoreUtil.copy(after);
        a.setScanMethod(null);
        b.setScanMethod(null);
        b.setVersion(a.getVersion());
        return EcoreUtil.equals(a, b);
    }

    private static PolicyTarget target(TestServer server, String domain) {
        return new PolicyTarget(ServerAddress.parse(server.uri().toString()), WorkspaceScope.domain(domain));
    }
}
