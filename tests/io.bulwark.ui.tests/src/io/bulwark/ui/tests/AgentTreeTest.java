package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.servers.TestServer;
import io.bulwark.ui.tests.pages.AgentsPart;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.DialogWindow;
import io.bulwark.ui.tests.pages.MoveWizard;

/**
 * The agent tree over two real servers with 1,200 and 800 real agents ({@link LiveServersFixture}): both trees, the
 * first bucketed into ranges; one filter box across both; update agents only; the keyboard; drag and drop of an agent
 * onto another domain of its server, which the server confirms, and onto another server, which opens the Move to Server
 * wizard pre-filled. Saves a screenshot of the main window.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentTreeTest {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
    private static final LiveServersFixture FIXTURE = LiveServersFixture.LARGE;
    private static final String HEAD_OFFICE = FIXTURE.names().get(0) + " (Connected)";
    private static final String REMOTE_SITE = FIXTURE.names().get(1) + " (Connected)";
    private static final String RANGE_LABEL = "\\S+ \u2026 \\S+";
    private static final String AGENT_LABEL = "\\S+ \\([0-9a-f.:]+, (online|offline|roaming|moving)(, outdated)?(, update agent)?\\)";

    private ConsoleWindow window;
    private AgentsPart agents;

    /** Runs only in the test run that starts the large fleets. */
    @BeforeAll
    static void requireTheLargeFleets() {
        assumeTrue(Boolean.getBoolean(LiveServersFixture.LARGE_PROPERTY),
                "needs the live servers with 1,200 and 800 agents");
    }

    @BeforeEach
    void showEverything() {
        window = ConsoleWindow.waitForIt();
        agents = window.agentsPart();
        if (!agents.filterText().isEmpty()) {
            agents.clearFilter();
        }
        if (agents.isUpdateAgentsOnly()) {
            agents.toggleUpdateAgentsOnly();
        }
        Wait.until("both servers show their agents", () -> agents.childLabels(HEAD_OFFICE).size() >= 2
                && agents.childLabels(REMOTE_SITE).size() >= FIXTURE.agents().get(1).intValue(),
                LOAD_TIMEOUT);
    }

    /** Leaves no dialog open and the tree unfiltered for the next test of this class. */
    @AfterEach
    void showEverythingAgain() {
        if (agents == null) {
            return;
        }
        DialogWindow.closeAllBut(window.shell());
        if (!agents.filterText().isEmpty()) {
            agents.clearFilter();
        }
        if (agents.isUpdateAgentsOnly()) {
            agents.toggleUpdateAgentsOnly();
        }
    }

    @Test
    @Order(1)
    void showsBothServersAndBucketsTheLargeOneAndSavesAScreenshot() throws Exception {
        List<String> ranges = agents.childLabels(HEAD_OFFICE);
        assertEquals(2, ranges.size(), "1,200 agents show as two ranges: " + ranges);
        assertTrue(ranges.stream().allMatch(label -> label.matches(RANGE_LABEL)), ranges.toString());
        List<String> remote = agents.childLabels(REMOTE_SITE);
        assertEquals(FIXTURE.agents().get(1).intValue(), remote.size(), "800 agents show directly");
        assertTrue(remote.stream().allMatch(label -> label.matches(AGENT_LABEL)), remote.get(0));

        Path screenshot = Path.of(System.getProperty("bulwark.test.screenshots", "target"),
                "agent-tree-two-servers-2000-agents.png");
        save(window.shell(), screenshot);
        assertTrue(Files.size(screenshot) > 0, "a screenshot was written to " + screenshot);

        List<String> firstRange = List.of(HEAD_OFFICE, ranges.get(0));
        agents.clickRow(firstRange);
        agents.press(KeyEvent.VK_RIGHT);
        Wait.until("the first range shows its 1,000 agents", () -> agents.childLabels(firstRange).size() == 1000);
        assertTrue(agents.childLabels(firstRange).stream().allMatch(label -> label.matches(AGENT_LABEL)));
        agents.press(KeyEvent.VK_LEFT);
        Wait.until("the range is closed again", () -> !agents.isExpanded(firstRange));
    }

    @Test
    @Order(2)
    void filtersBothServersAsTheAdministratorTypes() {
        int before = agents.shownLabelsBelow(REMOTE_SITE).size();
        agents.typeFilter("srv");
        Wait.until("both servers show only their agents named srv", () -> {
            List<String> head = agentLabels(HEAD_OFFICE);
            List<String> remote = agentLabels(REMOTE_SITE);
            return !head.isEmpty() && !remote.isEmpty()
                    && head.stream().allMatch(label -> label.contains("srv"))
                    && remote.stream().allMatch(label -> label.contains("srv")) && remote.size() < before;
        });

        agents.typeFilter(" status:asleep");
        Wait.until("the filter it cannot read is named", () -> agents.message().contains("status:asleep"));
        assertTrue(agentLabels(REMOTE_SITE).stream().allMatch(label -> label.contains("srv")),
                "a filter that cannot be read changes nothing");

        agents.clearFilter();
        Wait.until("clearing the filter shows every agent again", () -> agents.message().isEmpty()
                && agents.childLabels(HEAD_OFFICE).stream().allMatch(label -> label.matches(RANGE_LABEL))
                && agents.childLabels(REMOTE_SITE).size() >= FIXTURE.agents().get(1).intValue());
    }

    @Test
    @Order(3)
    void showsUpdateAgentsOnlyOfEveryServer() throws Exception {
        Set<String> chosen = new HashSet<>();
        for (TestServer server : FIXTURE.servers()) {
            try (ServerClient client = client(server)) {
                List<AgentSummary> two = client.agents(AgentQuery.all(), null, 2, null).items();
                client.updateAgents().mark(two.stream().map(AgentSummary::id).toList(), true, null, null);
                two.forEach(agent -> chosen.add(agent.hostName()));
            }
        }
        agents.toggleUpdateAgentsOnly();
        Wait.until("only the four update agents show, on both servers", () -> {
            List<String> head = agentLabels(HEAD_OFFICE);
            List<String> remote = agentLabels(REMOTE_SITE);
            Set<String> hosts = Stream.concat(head.stream(), remote.stream())
                    .map(AgentTreeTest::hostName).collect(Collectors.toSet());
            return head.size() == 2 && remote.size() == 2 && hosts.equals(chosen)
                    && Stream.concat(head.stream(), remote.stream())
                            .allMatch(label -> label.contains("update agent"));
        }, LOAD_TIMEOUT);
        agents.toggleUpdateAgentsOnly();
        Wait.until("every agent shows again", () -> agents.childLabels(REMOTE_SITE)
                .size() >= FIXTURE.agents().get(1).intValue());
    }

    @Test
    @Order(4)
    void movesThroughTheTreeWithTheKeyboard() {
        List<String> remote = List.of(REMOTE_SITE);
        agents.clickRow(remote);
        Wait.until("the server row is selected", () -> agents.selectedLabels().equals(List.of(REMOTE_SITE)));
        agents.press(KeyEvent.VK_LEFT);
        Wait.until("Left closes the server", () -> !agents.isExpanded(remote));
        agents.press(KeyEvent.VK_RIGHT);
        Wait.until("Right opens it", () -> agents.isExpanded(remote));
        List<String> children = agents.childLabels(remote);
        agents.press(KeyEvent.VK_RIGHT);
        Wait.until("Right again goes to the first child", () -> agents.selectedLabels().equals(children.subList(0, 1)));
        agents.press(KeyEvent.VK_DOWN);
        Wait.until("Down goes to the next row", () -> agents.selectedLabels().equals(children.subList(1, 2)));
        agents.press(KeyEvent.VK_LEFT);
        Wait.until("Left on an agent goes to its server", () -> agents.selectedLabels().equals(List.of(REMOTE_SITE)));
    }

    @Test
    @Order(5)
    void dropsAnAgentOnAnotherDomainOfItsServerAndPlansAMoveToAnotherServer() throws Exception {
        TestServer remoteServer = FIXTURE.servers().get(1);
        try (ServerClient client = client(remoteServer)) {
            Domain target = client.createDomain("Moved here", null, null);
            List<String> domainRow = List.of(REMOTE_SITE, "Moved here");
            Wait.until("the new domain shows", () -> agents.shows(domainRow), LOAD_TIMEOUT);
            closeHeadOffice();

            String agentLabel = agents.childLabels(REMOTE_SITE).stream().filter(label -> label.matches(AGENT_LABEL))
                    .findFirst().orElseThrow();
            String host = hostName(agentLabel);
            agents.drag(List.of(REMOTE_SITE, agentLabel), domainRow);
            Wait.until("the drop moved the agent on the server or said why not",
                    () -> !agents.message().isEmpty() || inDomain(client, target.id(), host), LOAD_TIMEOUT);
            assertEquals("", agents.message(), "the drop onto a domain of the same server is accepted");
            Wait.until("the tree shows it there", () -> {
                if (!agents.isExpanded(domainRow) && agents.shows(domainRow)) {
                    agents.clickRow(domainRow);
                    agents.press(KeyEvent.VK_RIGHT);
                }
                return agents.childLabels(domainRow).stream().anyMatch(label -> hostName(label).equals(host))
                        && agents.childLabels(REMOTE_SITE).stream()
                                .noneMatch(label -> label.matches(AGENT_LABEL) && hostName(label).equals(host));
            }, LOAD_TIMEOUT);

            String stranger;
            try (ServerClient headOffice = client(FIXTURE.servers().get(0))) {
                stranger = headOffice.agents(AgentQuery.all(), null, 1, null).items().get(0).hostName();
            }
            agents.typeFilter("host:" + stranger);
            Wait.until("the filter shows the head-office agent", () -> agentLabels(HEAD_OFFICE).size() == 1);
            List<String> strangerRow = List.of(HEAD_OFFICE, agentLabels(HEAD_OFFICE).get(0));
            agents.drag(strangerRow, List.of(REMOTE_SITE));
            MoveWizard wizard = MoveWizard.waitForIt(FIXTURE.names().get(0));
            assertTrue(wizard.selectionChoice().contains("1 agents"), wizard.selectionChoice());
            assertEquals(FIXTURE.names().get(1), wizard.targetServer(), "the server dropped on");
            assertEquals("(root)", wizard.targetDomain(), "its root, where the agent was dropped");
            wizard.cancel();
            assertEquals(1, agentLabels(HEAD_OFFICE).size(), "the agent stays where it is until a move is planned");
        }
    }

    private void closeHeadOffice() {
        List<String> head = List.of(HEAD_OFFICE);
        if (agents.isExpanded(head)) {
            agents.clickRow(head);
            agents.press(KeyEvent.VK_LEFT);
            Wait.until(HEAD_OFFICE + " is closed", () -> !agents.isExpanded(head));
        }
    }

    private static boolean inDomain(ServerClient client, long domainId, String host) {
        try {
            return client.agents(AgentQuery.inDomain(domainId), null, 100, null).items().stream()
                    .anyMatch(agent -> agent.hostName().equals(host));
        } catch (Exception e) {
            throw new AssertionError("Could not list the domain's agents", e);
        }
    }

    /** The agent rows shown below a server, through every open row. */
    private List<String> agentLabels(String server) {
        return agents.shownLabelsBelow(server).stream().filter(label -> label.matches(AGENT_LABEL)).toList();
    }

    private static String hostName(String agentLabel) {
        int space = agentLabel.indexOf(' ');
        return space < 0 ? agentLabel : agentLabel.substring(0, space);
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    /** Saves what the screen shows of a window as a PNG file. */
    private static void save(Shell shell, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        UiThread.run(() -> {
            shell.update();
            Rectangle bounds = shell.getBounds();
            GC gc = new GC(shell.getDisplay());
            Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[]{image.getImageData()};
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
