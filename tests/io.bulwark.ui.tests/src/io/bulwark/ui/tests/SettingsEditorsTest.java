package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConflictDialog;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ServersPart;
import io.bulwark.ui.tests.pages.SettingsEditor;

/**
 * The settings editors against two real servers ({@link SettingsEditorsFixture}): a domain's scan method changed, saved
 * and inherited by its agents; a change undone and redone before saving; a conflicting save by someone else resolved in
 * the conflict dialog without losing either change; an operator who can look but not change.
 */
@EnabledIfSystemProperty(named = SettingsEditorsFixture.ENABLE_PROPERTY, matches = "true")
@ExtendWith(ClosesDialogs.class)
class SettingsEditorsTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final String SCAN_METHOD = "Scan method";
    private static final String PRIVILEGES = "Privileges and other settings";
    private static final String METHOD = "method";
    private static final String HEAD_OFFICE = SettingsEditorsFixture.HEAD_OFFICE;
    private static final String REMOTE_SITE = SettingsEditorsFixture.REMOTE_SITE;
    private static final String LAYERS = "targets.compressedLayers";

    private ConsoleWindow window;

    @BeforeEach
    void connectedToBothServers() {
        window = ConsoleWindow.waitForIt();
        ServersPart servers = window.serversPart();
        Wait.until("both servers are connected", () -> servers.connected(List.of(HEAD_OFFICE, REMOTE_SITE)),
                CONNECT_TIMEOUT);
    }

    @Test
    void aDomainsScanMethodIsInheritedByItsAgents() throws ServerException {
        SettingsEditor domain = open(HEAD_OFFICE, "Settings of Domain Branch office on " + HEAD_OFFICE,
                SettingsEditorsFixture.BRANCH);
        domain.selectGroup(SCAN_METHOD);
        assertEquals("Inherited from: Root", domain.groupSource());
        assertTrue(domain.isChosen(METHOD, "smart"));
        assertFalse(domain.isEditable(METHOD, "standard"), "an inherited value cannot be changed before overriding");

        domain.override();
        assertEquals("Set here", domain.groupSource());
        domain.choose(METHOD, "standard");
        Wait.until("the editor has unsaved changes", domain::isDirty);
        domain.save();
        Wait.until("the settings are saved", () -> !domain.isDirty());

        SettingsEditor agent = open(HEAD_OFFICE, "Settings of Agent *", SettingsEditorsFixture.BRANCH, "*");
        agent.selectGroup(SCAN_METHOD);
        assertEquals("Inherited from: Domain Branch office", agent.groupSource());
        assertTrue(agent.isChosen(METHOD, "standard"));
        try (ServerClient client = SettingsEditorsFixture.headOfficeAsRoot()) {
            for (AgentSummary summary : client.agents(AgentQuery.inDomain(branchId(client)), null, null)
                    .items()) {
                assertEquals("standard", client.effectiveSettings(SettingsScope.agent(summary.id().toString()), null)
                        .settings().scanMethod(), "the server applies the domain's scan method to its agent");
            }
        }
    }

    @Test
    void anEditIsUndoneAndRedoneBeforeSaving() {
        SettingsEditor root = open(HEAD_OFFICE, "Settings of Root on " + HEAD_OFFICE);
        root.selectGroup(SCAN_METHOD);
        assertEquals("Set at the root for every agent", root.groupSource());
        assertTrue(root.isChosen(METHOD, "smart"));

        root.choose(METHOD, "standard");
        Wait.until("the editor has unsaved changes", root::isDirty);
        root.undo();
        Wait.until("the edit is undone", () -> root.isChosen(METHOD, "smart") && !root.isDirty());
        root.redo();
        Wait.until("the edit is redone", () -> root.isChosen(METHOD, "standard") && root.isDirty());
        root.undo();
        Wait.until("the edit is undone again", () -> root.isChosen(METHOD, "smart") && !root.isDirty());
    }

    @Test
    void aConflictingSaveIsResolvedInTheDialogKeepingBothChanges() throws ServerException {
        SettingsEditor lab = open(HEAD_OFFICE, "Settings of Domain Lab on " + HEAD_OFFICE, SettingsEditorsFixture.LAB);
        lab.selectGroup(SCAN_METHOD);
        lab.override();
        lab.choose(METHOD, "standard");
        Wait.until("the editor has unsaved changes", lab::isDirty);

        try (ServerClient other = SettingsEditorsFixture.headOfficeAsRoot()) {
            SettingsScope scope = SettingsScope.domain(labId(other));
            Policy theirs = other.policies().read(scope, null);
            Policy root = other.policies().read(SettingsScope.root(), null);
            theirs.setPrivileges(EcoreUtil.copy(root.getPrivileges()));
            theirs.getPrivileges().setConfigureProxy(!root.getPrivileges().isConfigureProxy());
            other.policies().write(scope, theirs, theirs.getVersion(), null);

            lab.save();
            ConflictDialog dialog = window.conflictDialog();
            List<List<String>> rows = dialog.rows();
            assertTrue(rows.contains(List.of("Scan method", "Inherited", "Set here")), rows::toString);
            assertTrue(rows.contains(List.of(PRIVILEGES, "Set here", "Inherited")), rows::toString);
            dialog.reapplyMine();
            Wait.until("the dialog closes", dialog::isClosed);

            Wait.until("the editor holds their change and mine, not saved yet", lab::isDirty);
            lab.selectGroup(PRIVILEGES);
            assertEquals("Set here", lab.groupSource(), "their privileges are kept");
            lab.save();
            Wait.until("the merged settings are saved", () -> !lab.isDirty());
            Policy stored = other.policies().read(scope, null);
            assertEquals(PolicyScope.DOMAIN, stored.getScope());
            assertEquals("standard", stored.getScanMethod().getMethod().getLiteral(), "my change is saved");
            assertNotNull(stored.getPrivileges(), "their change is not overwritten");
            assertEquals(!root.getPrivileges().isConfigureProxy(), stored.getPrivileges().isConfigureProxy());
        }
    }

    @Test
    void aWrongValueIsShownBesideItsFieldAndIsNotSaved() {
        SettingsEditor root = open(HEAD_OFFICE, "Settings of Root on " + HEAD_OFFICE);
        root.selectGroup("Manual scan");
        String before = root.textOf(LAYERS);
        assertNull(root.messageOf(LAYERS));

        root.typeInto(LAYERS, "99");
        Wait.until("the wrong value is shown beside its field",
                () -> "Layers of compressed files must be from 0 to 20; it is set to 99."
                        .equals(root.messageOf(LAYERS)));
        root.save();
        window.closeMessage("Settings Not Saved");
        assertTrue(root.isDirty(), "nothing was saved");

        root.undo();
        Wait.until("the value typed is undone", () -> before.equals(root.textOf(LAYERS)) && !root.isDirty());
        assertNull(root.messageOf(LAYERS));
    }

    @Test
    void anOperatorSeesSettingsButCannotChangeThem() {
        SettingsEditor root = open(REMOTE_SITE, "Settings of Root on " + REMOTE_SITE);
        String note = root.readOnlyNote();
        assertNotNull(note, "a read-only editor says so");
        assertTrue(note.contains(SettingsEditorsFixture.OPERATOR) && note.contains("operator"), note);
        root.selectGroup(SCAN_METHOD);
        assertTrue(root.isChosen(METHOD, "smart"));
        assertFalse(root.isEditable(METHOD, "standard"));

        root.choose(METHOD, "standard");
        root.save();
        assertTrue(root.isChosen(METHOD, "smart"), "a click on a disabled choice changes nothing");
        assertFalse(root.isDirty());

        SettingsEditor domain = open(HEAD_OFFICE, "Settings of Root on " + HEAD_OFFICE);
        assertNull(domain.readOnlyNote(), "root on the other server may edit");
    }

    /** Selects a row of the Agents tree below a server and opens its settings with Ctrl+Shift+E. */
    private SettingsEditor open(String server, String title, String... below) {
        String[] path = new String[below.length + 1];
        path[0] = server + " (Connected)";
        System.arraycopy(below, 0, path, 1, below.length);
        window.selectInAgentTree(path);
        window.editSettings();
        return window.settingsEditor(title);
    }

    private static long branchId(ServerClient client) throws ServerException {
        return domainId(client, SettingsEditorsFixture.BRANCH);
    }

    private static long labId(ServerClient client) throws ServerException {
        return domainId(client, SettingsEditorsFixture.LAB);
    }

    private static long domainId(ServerClient client, String name) throws ServerException {
        return client.domains(null).stream().filter(domain -> name.equals(domain.name())).mapToLong(Domain::id)
                .findFirst().orElseThrow();
    }
}
