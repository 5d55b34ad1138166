package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
 * changed certificate, a removal and a folder.
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
}
