package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.AgentsPart;
import io.bulwark.ui.tests.pages.CertificateDialog;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ServerDialog;
import io.bulwark.ui.tests.pages.ServersPart;

/**
 * An administrator registers servers in a console that knows none ({@link NewServersFixture}): typing them into the Add
 * Server dialog, comparing each certificate's fingerprint with the one the server printed and trusting it, then sees
 * their agents. The steps build on each other in one console, in order: bad input first, then both servers, an edit, a
 * changed certificate, a removal, folders (drag and drop, rename, delete) and the export and import of the list.
 */
@EnabledIfSystemProperty(named = NewServersFixture.ENABLE_PROPERTY, matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerRegistrationTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> NAMES = List.of("Head office", "Remote site");

    private ConsoleWindow window;
    private ServersPart servers;

    @BeforeEach
    void openWindow() {
        window = ConsoleWindow.waitForIt();
        servers = window.serversPart();
        servers.focus();
    }

    private static URI server(int index) {
        return NewServersFixture.uris().get(index);
    }

    private static String port(int index) {
        return Integer.toString(server(index).getPort());
    }

    @Test
    @Order(1)
    void badInputInTheAddDialogIsRefusedAndChangesNothing() {
        ServerDialog dialog = servers.openAddDialog();
        assertFalse(dialog.canFinish(), "an empty entry cannot be added");
        assertTrue(dialog.problem().contains("host"), dialog.problem());

        dialog.name("Broken").host(server(0).getHost()).port("99999").password("secret");
        assertFalse(dialog.canFinish(), "a port out of range cannot be added");
        assertTrue(dialog.problem().contains("99999"), dialog.problem());

        dialog.port("44a");
        assertFalse(dialog.canFinish(), "a port that is no number cannot be added");
        assertTrue(dialog.problem().contains("44a"), dialog.problem());

        dialog.port(port(0)).host(" ");
        assertFalse(dialog.canFinish(), "a blank host cannot be added");

        dialog.cancel();
        assertEquals(List.of(), servers.names(), "nothing was registered");
    }

    @Test
    @Order(2)
    void addsTwoServersByTypingAndConfirmsTheirCertificates() {
        for (int i = 0; i < NAMES.size(); i++) {
            servers.openAddDialog().name(NAMES.get(i)).host(server(i).getHost()).port(port(i))
                    .password(System.getProperty(NewServersFixture.PASSWORD_PROPERTY)).ok();

            CertificateDialog certificate = servers.certificateDialog();
            assertEquals(NewServersFixture.fingerprints().get(i), certificate.presented(),
                    "the dialog shows the fingerprint the server printed");
            assertNull(certificate.pinned(), "on first contact nothing is pinned");
            assertEquals("Certificate to confirm", servers.stateOf(NAMES.get(i)));
            certificate.accept();

            String name = NAMES.get(i);
            Wait.until(name + " is connected", () -> "Connected".equals(servers.stateOf(name)), CONNECT_TIMEOUT);
        }
        assertEquals(NAMES, servers.names());
        assertEquals(List.of("root (Root)", "root (Root)"), servers.signedInAs());
        AgentsPart agents = window.agentsPart();
        for (int i = 0; i < NAMES.size(); i++) {
            String row = NAMES.get(i) + " (Connected)";
            int expected = NewServersFixture.AGENTS.get(i);
            Wait.until(row + " shows its " + expected + " agents",
                    () -> agents.topLevelLabels().contains(row) && agents.childLabels(row).size() == expected,
                    CONNECT_TIMEOUT);
        }
    }

    @Test
    @Order(3)
    void anAddressAlreadyRegisteredIsRefused() {
        ServerDialog dialog = servers.openAddDialog().name("Again").host(server(0).getHost()).port(port(0))
                .password("secret");
        assertFalse(dialog.canFinish());
        assertTrue(dialog.problem().contains("already registered") && dialog.problem().contains(NAMES.get(0)),
                dialog.problem());
        dialog.cancel();
        assertEquals(NAMES, servers.names());
    }

    @Test
    @Order(4)
    void editRenamesAServerAndKeepsItConnected() {
        servers.openEditDialog(NAMES.get(1)).name("Branch office").ok();

        Wait.until("the new name is shown", () -> servers.names().equals(List.of(NAMES.get(0), "Branch office")));
        assertEquals("Connected", servers.stateOf("Branch office"));
    }

    @Test
    @Order(5)
    void removeAsksThenDisconnectsAndForgetsTheServer() {
        servers.removeWithConfirmation("Branch office");

        Wait.until("the server is gone", () -> servers.names().equals(List.of(NAMES.get(0))));
        Wait.until("its agents left the agent tree",
                () -> window.agentsPart().topLevelLabels().equals(List.of(NAMES.get(0) + " (Connected)")));
    }

    @Test
    @Order(6)
    void aChangedCertificateShowsBothFingerprintsAndNeedsAnExplicitDecision() {
        // The first server's entry now points at the second server: another certificate answers there.
        servers.openEditDialog(NAMES.get(0)).port(port(1)).ok();

        CertificateDialog certificate = servers.certificateDialog();
        assertEquals(NewServersFixture.fingerprints().get(0), certificate.pinned(), "the pinned fingerprint");
        assertEquals(NewServersFixture.fingerprints().get(1), certificate.presented(), "the presented fingerprint");
        assertEquals("Replace the Pinned Certificate", certificate.acceptLabel().replace("&", ""));
        assertEquals("Certificate changed", servers.stateOf(NAMES.get(0)));
        certificate.accept();

        Wait.until("it connects to the server now at that address",
                () -> "Connected".equals(servers.stateOf(NAMES.get(0))), CONNECT_TIMEOUT);
        String row = NAMES.get(0) + " (Connected)";
        int expected = NewServersFixture.AGENTS.get(1);
        Wait.until(row + " shows the other server's " + expected + " agents",
                () -> window.agentsPart().childLabels(row).size() == expected, CONNECT_TIMEOUT);
    }

    @Test
    @Order(7)
    void serversMoveIntoAFolderByDragAndDrop() {
        servers.createFolder("Branch offices");
        Wait.until("the folder is shown", () -> servers.folders().equals(List.of("Branch offices")));

        servers.drag(NAMES.get(0), "Branch offices");

        Wait.until("the server is in the folder", () -> "Branch offices".equals(servers.folderOf(NAMES.get(0))));
        assertEquals("Connected", servers.stateOf(NAMES.get(0)));
    }

    @Test
    @Order(8)
    void aFolderIsRenamedAndANameItsSiblingHasIsRefused() {
        servers.renameFolder("Branch offices", "Remote offices");
        Wait.until("the folder shows its new name", () -> servers.folders().equals(List.of("Remote offices")));
        assertEquals("Remote offices", servers.folderOf(NAMES.get(0)), "the server stays in the renamed folder");

        servers.select("Remote offices");
        servers.createFolder("Archive");
        servers.select("Remote offices");
        servers.createFolder("Spare");
        Wait.until("both folders are in it",
                () -> servers.folders().equals(List.of("Remote offices", "Archive", "Spare")));

        servers.renameFolder("Spare", "Archive");
        List<String> refusal = servers.readAndCloseMessage();
        assertTrue(refusal.stream().anyMatch(text -> text.contains("already a folder named 'Archive'")),
                refusal.toString());
        assertEquals(List.of("Remote offices", "Archive", "Spare"), servers.folders(), "nothing was renamed");
    }

    @Test
    @Order(9)
    void deletingAFolderAsksAndAFolderThatHoldsServersIsRefused() {
        servers.deleteFolderWithConfirmation("Remote offices");
        List<String> refusal = servers.readAndCloseMessage();
        assertTrue(refusal.stream().anyMatch(text -> text.contains("'Remote offices' cannot be deleted")
                && text.contains("1 server(s) and 2 folder(s)")), refusal.toString());
        assertEquals(List.of("Remote offices", "Archive", "Spare"), servers.folders(), "nothing was deleted");
        assertEquals(List.of(NAMES.get(0)), servers.names());

        servers.deleteFolderWithConfirmation("Spare");
        Wait.until("the empty folder is gone", () -> servers.folders().equals(List.of("Remote offices", "Archive")));
        servers.deleteFolderWithConfirmation("Archive");
        Wait.until("the other one too", () -> servers.folders().equals(List.of("Remote offices")));
        assertEquals("Remote offices", servers.folderOf(NAMES.get(0)));
    }

    @Test
    @Order(10)
    void theListIsExportedWithoutSecretsAndImportedBackAfterARemoval(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("servers.json");
        AnsweringFileChooser.answerNextWith(file);
        servers.exportList();
        Wait.until("the list is written", () -> Files.exists(file));
        String exported = Files.readString(file);
        assertTrue(exported.contains("\"Remote offices\"") && exported.contains("\"" + NAMES.get(0) + "\"")
                && exported.contains(NewServersFixture.fingerprints().get(1)), exported);
        assertFalse(exported.contains(System.getProperty(NewServersFixture.PASSWORD_PROPERTY)), "no password");
        assertFalse(exported.toLowerCase(Locale.ROOT).contains("password"), exported);

        servers.removeWithConfirmation(NAMES.get(0));
        Wait.until("the server is gone", () -> servers.names().isEmpty());

        servers.focus();
        AnsweringFileChooser.answerNextWith(file);
        servers.importList();
        List<String> report = servers.readAndCloseMessage();
        assertTrue(report.stream().anyMatch(text -> text.contains("1 server(s) added")), report.toString());

        Wait.until("the server is back in its folder", () -> servers.names().equals(List.of(NAMES.get(0)))
                && "Remote offices".equals(servers.folderOf(NAMES.get(0))));
        assertEquals(List.of(server(1).toString()), servers.addresses(), "at the address exported");
    }

    @Test
    @Order(11)
    void aBadListIsRefusedWithAClearErrorAndChangesNothing(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, """
                {"format":"bulwark-server-list","version":1,"folders":[],
                 "servers":[{"name":"Fine","host":"10.0.5.1","port":4343},
                            {"name":"Broken","host":"10.0.5.2","port":70000}]}
                """);
        int asked = AnsweringFileChooser.questions();
        AnsweringFileChooser.answerNextWith(file);
        servers.importList();
        List<String> error = servers.readAndCloseMessage();
        assertEquals(asked + 1, AnsweringFileChooser.questions(), "the console asked for the file once");
        assertTrue(error.stream().anyMatch(text -> text.contains("Nothing was imported") && text.contains("'Broken'")
                && text.contains("70000")), error.toString());
        assertEquals(List.of(NAMES.get(0)), servers.names(), "nothing was added");
        assertEquals(List.of("Remote offices"), servers.folders());
    }
}
