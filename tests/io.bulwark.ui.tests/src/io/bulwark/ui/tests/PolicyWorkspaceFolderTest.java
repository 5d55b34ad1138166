package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.DialogWindow;
import io.bulwark.ui.tests.pages.PolicyWorkspacePart;
import io.bulwark.ui.tests.pages.WorkspaceFolderDialog;

/**
 * The policy workspace folder chosen in the console ({@link OfflinePoliciesFixture} names one for the run with the
 * system property): the dialog says the property goes first and refuses a relative path and a file; the folder chosen
 * is kept as a preference, and once the property is gone the Policy Workspace lists that folder. The test puts the
 * property and the default back through the same dialog, so the other tests of this console see the fixture's folder.
 */
@EnabledIfSystemProperty(named = OfflinePoliciesFixture.ENABLE_PROPERTY, matches = "true")
class PolicyWorkspaceFolderTest {

    @Test
    void aFolderChosenInTheConsoleIsKeptAndListedWhenNoSystemPropertyNamesAnother(@TempDir Path elsewhere)
            throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        PolicyWorkspacePart policies = window.policyWorkspace();
        String fixtureFolder = System.getProperty(PolicyWorkspace.FOLDER_PROPERTY);
        Wait.until("the Policy Workspace lists the fixture's folder", () -> policies.status().contains(fixtureFolder));
        Path file = Files.writeString(elsewhere.resolve("notes.txt"), "not a folder\n");
        Path chosen = elsewhere.resolve("policies");

        WorkspaceFolderDialog dialog = window.chooseWorkspaceFolder();
        assertTrue(
                dialog.texts().contains("For this run the folder is " + fixtureFolder + ", set by the system property "
                        + PolicyWorkspace.FOLDER_PROPERTY),
                dialog::texts);
        dialog.folder("relative/policies");
        assertEquals("Enter the full path of a folder.", dialog.message());
        assertFalse(dialog.useEnabled(), "a relative path is refused");
        dialog.folder(file.toString());
        assertEquals(file + " is a file, not a folder.", dialog.message());
        assertFalse(dialog.useEnabled(), "a file is refused");
        dialog.folder(chosen.toString());
        Wait.until("Use Folder is enabled for a folder to be made", dialog::useEnabled);
        assertTrue(dialog.message().contains("does not exist yet"), dialog::message);
        dialog.use();
        assertEquals(chosen.toString(), Platform.getPreferencesService().getString("io.bulwark.ui", "policies.folder",
                "", null), "the folder is kept for the next start");

        System.clearProperty(PolicyWorkspace.FOLDER_PROPERTY);
        try {
            WorkspaceFolderDialog again = window.chooseWorkspaceFolder();
            assertEquals(chosen.toString(), again.folder(), "the dialog shows the folder chosen");
            assertFalse(again.texts().contains("For this run"), again::texts);
            again.use();
            Wait.until("the Policy Workspace lists the folder chosen",
                    () -> policies.status().contains(chosen.toString()));
            assertTrue(policies.status().contains("holds no copies and no templates"), policies::status);
        } finally {
            DialogWindow.closeAllBut(window.shell());
            System.setProperty(PolicyWorkspace.FOLDER_PROPERTY, fixtureFolder);
            window.chooseWorkspaceFolder().useDefault().use();
        }
        Wait.until("the Policy Workspace lists the fixture's folder again",
                () -> policies.status().contains(fixtureFolder));
        assertEquals("", Platform.getPreferencesService().getString("io.bulwark.ui", "policies.folder", "", null),
                "Default forgets the folder chosen");
    }
}
