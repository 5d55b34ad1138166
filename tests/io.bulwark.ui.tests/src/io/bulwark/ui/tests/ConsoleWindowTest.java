package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ServersPart;

/**
 * The console window as an administrator meets it: the servers it was started with, listed and selectable with the
 * mouse and the keyboard, the Agents tree following the selection.
 */
class ConsoleWindowTest {

    private static final String SERVER_A = "https://127.0.0.1:4343";
    private static final String SERVER_B = "https://[::1]:4344";

    private ConsoleWindow window;

    @BeforeEach
    void openWindow() {
        window = ConsoleWindow.waitForIt();
    }

    @Test
    void listsTheServersItWasStartedWithAsNotConnected() {
        ServersPart servers = window.serversPart();
        assertEquals(List.of(SERVER_A, SERVER_B), servers.addresses());
        assertEquals(List.of("Not connected", "Not connected"), servers.states());
        assertEquals(List.of(SERVER_A + " (Not connected)", SERVER_B + " (Not connected)"),
                window.agentsPart().topLevelLabels());
    }

    @Test
    void clickingAServerRevealsItInTheAgentTree() {
        ServersPart servers = window.serversPart();
        servers.clickRow(SERVER_B);

        Wait.until("the clicked server is selected", () -> servers.selectedAddresses().equals(List.of(SERVER_B)));
        Wait.until("the agent tree selects the same server",
                () -> window.agentsPart().selectedLabels().equals(List.of(SERVER_B + " (Not connected)")));
    }

    @Test
    void downArrowMovesToTheNextServer() {
        ServersPart servers = window.serversPart();
        servers.clickRow(SERVER_A);
        Wait.until("the first server is selected", () -> servers.selectedAddresses().equals(List.of(SERVER_A)));

        servers.pressDown();

        Wait.until("the selection moved to the second server",
                () -> servers.selectedAddresses().equals(List.of(SERVER_B)));
        Wait.until("the agent tree follows the keyboard",
                () -> window.agentsPart().selectedLabels().equals(List.of(SERVER_B + " (Not connected)")));
    }
}
