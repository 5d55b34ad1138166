package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlanFile;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.AgentsPart;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.MoveWizard;
import io.bulwark.ui.tests.pages.MovesPart;

/**
 * Moving agents between two real servers from the console ({@link MovesFixture}: a source with a fleet heartbeating
 * every second, an empty target with a domain): agents dragged from the source's tree onto the target's domain open the
 * Move to Server wizard pre-filled; its plan pins exactly those agents; Finish moves them, which both servers confirm,
 * the Moves part shows the job complete, and the source's tree drops them. A wizard cancelled after planning gives the
 * target's ticket back. A move that a console started and stopped following (closed or killed after the source accepted
 * it) is shown and followed to its end by the next console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MovesTest {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(120);
    private static final String SOURCE_ROW = MovesFixture.SOURCE + " (Connected)";
    private static final String TARGET_ROW = MovesFixture.TARGET + " (Connected)";
    private static final String AGENT_LABEL = "\\S+ \\([0-9a-f.:]+, online(, outdated)?(, update agent)?\\)";
    private static final Pattern TICKET = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ConsoleWindow window;
    private AgentsPart agents;

    /** Runs only in the test run that starts the moves fixture (execution {@code layout-restored}). */
    @BeforeAll
    static void requireTheServers() {
        assumeTrue(Boolean.getBoolean(MovesFixture.ENABLE_PROPERTY), "needs the source and target servers");
    }

    @BeforeEach
    void bothServersShow() {
        window = ConsoleWindow.waitForIt();
        agents = window.agentsPart();
        Wait.until("the source shows its online agents and the target its domain",
                () -> onlineAgentRows().size() >= 3
                        && agents.childLabels(TARGET_ROW).contains(MovesFixture.TARGET_DOMAIN),
                LOAD_TIMEOUT);
    }

    @Test
    @Order(0)
    void aMoveAConsoleStoppedFollowingIsShownAndFollowedToItsEndByTheNextConsole() throws Exception {
        MovesFixture.UnfinishedMove left = MovesFixture.unfinishedMove();
        MovesPart moves = MovesPart.show();
        Wait.until("the Moves part shows the move left unfinished, complete", () -> moves.jobs().stream()
                .anyMatch(row -> row.get(1).equals("Finished: all " + MovesFixture.LEFT_UNFINISHED + " arrived")),
                LOAD_TIMEOUT);
        MoveJournal journal = new MoveJournal(Path.of(System.getProperty("bulwark.moves")));
        assertEquals(MovePhase.FINISHED, journal.read(left.moveId()).phase(), "the journal records its end");
        try (ServerClient source = MovesFixture.source(); ServerClient target = MovesFixture.target()) {
            assertTrue(idsOn(target).containsAll(left.agentIds()), "the target owns its agents");
            assertTrue(idsOn(source).stream().noneMatch(left.agentIds()::contains), "the source forgot them");
            waitUntilTheSourcesTreeDrops(hostsOf(target, left.agentIds()));
        }
    }

    @Test
    @Order(1)
    void cancellingTheWizardAfterPlanningGivesTheTicketBack() throws Exception {
        MoveJournal journal = new MoveJournal(Path.of(System.getProperty("bulwark.moves")));
        Set<UUID> journaled = new HashSet<>(journal.jobs());
        String agent = onlineAgentRows().get(0);
        agents.clickRow(List.of(SOURCE_ROW, agent));
        Wait.until("the agent is selected", () -> agents.selectedLabels().equals(List.of(agent)));
        window.moveToServer();

        MoveWizard wizard = MoveWizard.waitForIt(MovesFixture.SOURCE);
        assertTrue(wizard.isSelectionChosen());
        assertTrue(wizard.selectionChoice().contains("1 agents"), wizard.selectionChoice());
        assertEquals(MovesFixture.TARGET, wizard.targetServer(), "the only other connected server");
        wizard.next();
        wizard.waitForPlan();
        Matcher ticket = TICKET.matcher(wizard.readiness());
        assertTrue(ticket.find(), "the plan names the ticket obtained: " + wizard.readiness());
        UUID ticketId = UUID.fromString(ticket.group());
        wizard.cancel();

        try (ServerClient target = MovesFixture.target(); ServerClient source = MovesFixture.source()) {
            Wait.until("the target revoked the ticket of the cancelled wizard",
                    () -> revoked(target, ticketId), LOAD_TIMEOUT);
            assertTrue(hostsOn(source).containsKey(hostName(agent)), "the agent stays on the source");
        }
        assertEquals(journaled, new HashSet<>(journal.jobs()),
                "a cancelled wizard journals no move (other tests of this console may have journaled theirs)");
    }

    @Test
    @Order(2)
    void dragsAgentsOntoADomainOfAnotherServerAndMovesThemThroughThePlan(@TempDir Path folder) throws Exception {
        List<String> chosen = onlineAgentRows().subList(0, 3);
        Set<UUID> ids = new HashSet<>();
        try (ServerClient source = MovesFixture.source()) {
            Map<String, UUID> hosts = hostsOn(source);
            chosen.forEach(label -> ids.add(hosts.get(hostName(label))));
        }
        agents.selectRows(chosen.stream().map(label -> List.of(SOURCE_ROW, label)).toList());
        Wait.until("the three agents are selected", () -> agents.selectedLabels().size() == 3);
        // from the first row: a press where the last click was would be a double click
        agents.drag(List.of(SOURCE_ROW, chosen.get(0)), List.of(TARGET_ROW, MovesFixture.TARGET_DOMAIN));

        MoveWizard wizard = MoveWizard.waitForIt(MovesFixture.SOURCE);
        assertTrue(wizard.selectionChoice().contains("3 agents"), wizard.selectionChoice());
        assertEquals(MovesFixture.TARGET, wizard.targetServer(), "the server dropped on");
        assertEquals(MovesFixture.TARGET_DOMAIN, wizard.targetDomain(), "the domain dropped on");
        wizard.next();
        wizard.waitForPlan();
        List<List<String>> planned = wizard.plannedAgents();
        assertEquals(ids, planned.stream().map(row -> UUID.fromString(row.get(5))).collect(Collectors.toSet()),
                "the plan pins exactly the dragged agents");
        assertTrue(planned.stream().allMatch(row -> row.get(4).equals("Moves now")), planned.toString());
        assertTrue(wizard.summary().contains("3 agents chosen: 3 move now"), wizard.summary());

        Path saved = folder.resolve("plan.json");
        AnsweringFileChooser.answerNextWith(saved);
        wizard.savePlan();
        Wait.until("the plan is saved", () -> Files.exists(saved));
        assertEquals(ids, new HashSet<>(MovePlanFile.load(saved).namedAgents()), "the saved plan names them too");

        wizard.finish();
        try (ServerClient source = MovesFixture.source(); ServerClient target = MovesFixture.target()) {
            Wait.until("the target lists the agents and the source no longer does",
                    () -> idsOn(target).containsAll(ids) && idsOn(source).stream().noneMatch(ids::contains),
                    MOVE_TIMEOUT);
            waitUntilTheSourcesTreeDrops(hostsOf(target, ids));
        }
        MovesPart moves = MovesPart.show();
        try {
            Wait.until("the Moves part shows the job complete", () -> moves.jobs().stream()
                    .anyMatch(row -> row.get(1).equals("Finished: all 3 arrived")), LOAD_TIMEOUT);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the Moves part shows " + moves.jobs() + "; windows open: "
                    + UiThread.call(() -> Arrays.stream(UiThread.display().getShells()).filter(Shell::isVisible)
                            .map(Shell::getText).toList()),
                    e);
        }
    }

    /** Waits until the source's tree no longer shows agents that left it, from the source's events alone. */
    private void waitUntilTheSourcesTreeDrops(Set<String> movedHosts) {
        Wait.until("the source's tree drops " + movedHosts, () -> agents.childLabels(SOURCE_ROW).stream()
                .map(MovesTest::hostName).noneMatch(movedHosts::contains), LOAD_TIMEOUT);
    }

    private static Set<String> hostsOf(ServerClient server, Collection<UUID> ids) {
        return hostsOn(server).entrySet().stream().filter(host -> ids.contains(host.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The agent rows of the source that are online, as the tree shows them. */
    private List<String> onlineAgentRows() {
        return agents.childLabels(SOURCE_ROW).stream().filter(label -> label.matches(AGENT_LABEL)).toList();
    }

    private static boolean revoked(ServerClient target, UUID ticketId) {
        try {
            return target.moves().ticket(ticketId, null).revoked();
        } catch (Exception e) {
            throw new AssertionError("Could not read the ticket", e);
        }
    }

    private static Map<String, UUID> hostsOn(ServerClient server) {
        Map<String, UUID> hosts = new HashMap<>();
        try {
            server.streamAgents(AgentQuery.all(), agent -> hosts.put(agent.hostName(), agent.id()), null);
        } catch (Exception e) {
            throw new AssertionError("Could not list the agents", e);
        }
        return hosts;
    }

    private static Set<UUID> idsOn(ServerClient server) {
        return new HashSet<>(hostsOn(server).values());
    }

    private static String hostName(String agentLabel) {
        int space = agentLabel.indexOf(' ');
        return space < 0 ? agentLabel : agentLabel.substring(0, space);
    }
}
