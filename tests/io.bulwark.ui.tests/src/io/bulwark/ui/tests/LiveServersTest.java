package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.AgentsPart;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ServersPart;

/**
 * A console started the way the demo starts it (start-up list with fingerprints and user, start-up password file,
 * master-password file) against two real servers with real agents ({@link LiveServersFixture}) connects to both on its
 * own and shows their agents.
 * <p>
 * Runs first in its console, before {@link DetailsAndDomainsIT} changes the servers' domains.
 */
@Order(1)
class LiveServersTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final String AGENT_LABEL = "\\S+ \\([0-9a-f.:]+, (online|offline|roaming|moving)(, outdated)?(, update agent)?\\)";

    private ConsoleWindow window;

    @BeforeEach
    void openWindow() {
        window = ConsoleWindow.waitForIt();
    }

    @Test
    void connectsToBothStartupServersUnattended() {
        ServersPart servers = window.serversPart();
        Wait.until("both servers are connected", () -> servers.states().equals(List.of("Connected", "Connected")),
                CONNECT_TIMEOUT);
        assertEquals(LiveServersFixture.NAMES, servers.names());
    }

    @Test
    void showsEachServersAgentsUnderIt() {
        AgentsPart agents = window.agentsPart();
        for (int i = 0; i < LiveServersFixture.NAMES.size(); i++) {
            String server = LiveServersFixture.NAMES.get(i) + " (Connected)";
            int expected = LiveServersFixture.AGENTS.get(i);
            Wait.until(server + " shows its " + expected + " agents",
                    () -> agents.topLevelLabels().contains(server) && agents.childLabels(server).size() == expected,
                    CONNECT_TIMEOUT);
            for (String label : agents.childLabels(server)) {
                assertTrue(label.matches(AGENT_LABEL), "an agent row shows host name, address and status: " + label);
            }
        }
    }
}
