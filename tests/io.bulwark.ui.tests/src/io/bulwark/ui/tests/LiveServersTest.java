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
 * master-password file) against real servers with real agents connects to every server of its start-up list on its own
 * (the two of {@link LiveServersFixture#SMALL} and those of the other fixtures sharing the console) and shows the
 * agents of the first two.
 * <p>
 * Runs first in its console, before {@link DetailsAndDomainsIT} changes the servers' domains and any other test stops a
 * server.
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
    void connectsToEveryStartupServerUnattended() {
        ServersPart servers = window.serversPart();
        List<String> startup = StartupList.names();
        Wait.until("every server of the start-up list is connected",
                () -> servers.states().equals(startup.stream().map(name -> "Connected").toList()), CONNECT_TIMEOUT);
        assertEquals(startup, servers.names());
    }

    @Test
    void showsEachServersAgentsUnderIt() {
        AgentsPart agents = window.agentsPart();
        LiveServersFixture fixture = LiveServersFixture.SMALL;
        for (int i = 0; i < fixture.names().size(); i++) {
            String server = fixture.names().get(i) + " (Connected)";
            int expected = fixture.agents().get(i).intValue();
            Wait.until(server + " shows its " + expected + " agents",
                    () -> agents.topLevelLabels().contains(server) && agents.childLabels(server).size() == expected,
                    CONNECT_TIMEOUT);
            for (String label : agents.childLabels(server)) {
                assertTrue(label.matches(AGENT_LABEL), "an agent row shows host name, address and status: " + label);
            }
        }
    }
}
