package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerClient;
import io.bulwark.core.migration.CampaignJournal;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.tests.pages.AgentsPart;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.DialogWindow;
import io.bulwark.ui.tests.pages.MoveWizard;
import io.bulwark.ui.tests.pages.MovesPart;

/**
 * Moving agents in waves from the console, between the two real servers of the {@link MovesFixture}: three agents are
 * planned in the Move to Server wizard as a pilot of one and two waves of one (a pilot that would take every agent, and
 * a site that is no range, are refused under the fields with Next off), Finish records the campaign and moves the
 * pilot; the Moves part refuses the next wave until the pilot is confirmed, starts it once it is, and moves that wave's
 * agent back. Where each agent is, is asked of both servers; the source's tree follows from the source's events.
 */
class MoveInWavesTest {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(120);
    private static final String SOURCE_ROW = MovesFixture.SOURCE + " (Connected)";
    private static final String TARGET_ROW = MovesFixture.TARGET + " (Connected)";
    private static final String AGENT_LABEL = "\\S+ \\([0-9a-f.:]+, online(, outdated)?(, update agent)?\\)";

    /** Runs only in the test run that starts the moves fixture (execution {@code layout-restored}). */
    @BeforeAll
    static void requireTheServers() {
        assumeTrue(Boolean.getBoolean(MovesFixture.ENABLE_PROPERTY), "needs the source and target servers");
    }

    @Test
    void movesAPilotThenEachWaveOnceTheOneBeforeIsConfirmedAndMovesAWaveBack() throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        AgentsPart agents = window.agentsPart();
        Wait.until("the source shows three online agents and the target its domain",
                () -> onlineAgentRows(agents).size() >= 3
                        && agents.childLabels(TARGET_ROW).contains(MovesFixture.TARGET_DOMAIN),
                LOAD_TIMEOUT);
        List<String> chosen = onlineAgentRows(agents).subList(0, 3);
        Map<String, UUID> hosts;
        try (ServerClient source = MovesFixture.source()) {
            hosts = hostsOn(source);
        }
        agents.selectRows(chosen.stream().map(label -> List.of(SOURCE_ROW, label)).toList());
        Wait.until("the three agents are selected", () -> agents.selectedLabels().size() == 3);
        window.moveToServer();

        MoveWizard wizard = MoveWizard.waitForIt(MovesFixture.SOURCE);
        wizard.moveInWaves();
        wizard.typeInto(WidgetIds.MOVE_WAVES_PILOT, "3");
        Wait.until("a pilot of every agent is refused", () -> wizard.wavesProblem().contains("3 of the 3 agents"));
        assertFalse(wizard.canGoNext(), "bad waves keep Next off");
        wizard.typeInto(WidgetIds.MOVE_WAVES_PILOT, "1");
        wizard.typeInto(WidgetIds.MOVE_WAVES_SIZE, "1");
        wizard.groupWavesBy(WidgetIds.MOVE_WAVES_BY_SITE);
        Wait.until("grouping by site asks for a site", () -> !wizard.wavesProblem().isEmpty());
        wizard.typeInto(WidgetIds.MOVE_WAVES_SITES, "fleet = 10.0.0.0/33");
        Wait.until("a range that is none is refused naming the line",
                () -> wizard.wavesProblem().startsWith("Site line 1:"));
        assertFalse(wizard.canGoNext(), "bad sites keep Next off");
        wizard.typeInto(WidgetIds.MOVE_WAVES_SITES, "fleet = 10.0.0.0/8");
        Wait.until("the waves can be planned", () -> wizard.wavesProblem().isEmpty() && wizard.canGoNext());

        wizard.next();
        wizard.waitForPlan();
        List<List<String>> waves = wizard.plannedWaves();
        assertEquals(List.of("Pilot", "Wave 1", "Wave 2"), waves.stream().map(row -> row.get(0)).toList(),
                waves.toString());
        assertEquals(List.of("1", "1", "1"), waves.stream().map(row -> row.get(3)).toList(), waves.toString());
        assertTrue(wizard.campaignSummary().startsWith("3 agents move from " + MovesFixture.SOURCE + " to "
                + MovesFixture.TARGET), wizard.campaignSummary());
        assertTrue(wizard.campaignSummary().endsWith("Notifications queued on " + MovesFixture.SOURCE
                + " for a wave's agents are cancelled when the wave starts."), wizard.campaignSummary());
        UUID pilot = hosts.get(waves.get(0).get(4));
        UUID first = hosts.get(waves.get(1).get(4));
        UUID second = hosts.get(waves.get(2).get(4));
        wizard.finish();

        CampaignJournal journal = new CampaignJournal(new MoveJournal(Path.of(System.getProperty("bulwark.moves"))));
        Wait.until("the campaign is recorded in the shared journal", () -> campaigns(journal) == 1, LOAD_TIMEOUT);
        assertTrue(journal.read(journal.campaigns().get(0)).cancelNotifications(),
                "the campaign keeps the choice to cancel queued notifications for its later waves");
        try (ServerClient source = MovesFixture.source(); ServerClient target = MovesFixture.target()) {
            Wait.until("the pilot's agent moved to the target", () -> owns(target, pilot) && !owns(source, pilot),
                    MOVE_TIMEOUT);
            assertTrue(owns(source, first) && owns(source, second), "the waves wait on the source");

            MovesPart moves = MovesPart.show();
            moves.showCampaigns();
            Wait.until("the pilot shows finished",
                    () -> moves.waveState("Pilot").startsWith("Finished"), LOAD_TIMEOUT);
            moves.selectWave("Pilot");
            moves.press(WidgetIds.MOVES_START_NEXT_WAVE);
            Wait.until("the next wave is refused until the pilot is confirmed",
                    () -> moves.message().contains("waits for your confirmation"), LOAD_TIMEOUT);
            assertEquals("Pending", moves.waveState("Wave 1"));
            assertTrue(owns(source, first), "nothing moved");

            moves.press(WidgetIds.MOVES_CONFIRM_WAVE);
            DialogWindow.titled("Confirm Wave", new io.bulwark.test.driver.Input()).pressEnter();
            Wait.until("the pilot shows confirmed", () -> moves.waveState("Pilot").startsWith("Confirmed by"),
                    LOAD_TIMEOUT);

            moves.selectWave("Pilot");
            moves.press(WidgetIds.MOVES_START_NEXT_WAVE);
            Wait.until("wave 1's agent moved to the target", () -> owns(target, first) && !owns(source, first),
                    MOVE_TIMEOUT);
            Wait.until("wave 1 shows finished", () -> moves.waveState("Wave 1").startsWith("Finished"),
                    LOAD_TIMEOUT);
            assertTrue(owns(source, second), "wave 2 waits for wave 1's confirmation");

            moves.selectWave("Wave 1");
            moves.press(WidgetIds.MOVES_MOVE_BACK);
            DialogWindow.titled("Move Back", new io.bulwark.test.driver.Input()).pressEnter();
            Wait.until("wave 1's agent is back on the source", () -> owns(source, first) && !owns(target, first),
                    MOVE_TIMEOUT);
            assertTrue(owns(target, pilot), "the pilot stays on the target");
            String pilotHost = waves.get(0).get(4);
            String firstHost = waves.get(1).get(4);
            Wait.until("the source's tree drops the pilot's agent and shows wave 1's again", () -> {
                List<String> shown = agents.childLabels(SOURCE_ROW).stream().map(MoveInWavesTest::hostName).toList();
                return !shown.contains(pilotHost) && shown.contains(firstHost);
            }, LOAD_TIMEOUT);
            Wait.until("wave 1 shows its move back", () -> moves.campaignRows().stream()
                    .anyMatch(row -> row.get(0).equals("Wave 1") && row.get(4).contains("1 moves back")),
                    LOAD_TIMEOUT);
            moves.showJobs();
        }
    }

    private static List<String> onlineAgentRows(AgentsPart agents) {
        return agents.childLabels(SOURCE_ROW).stream().filter(label -> label.matches(AGENT_LABEL)).toList();
    }

    private static String hostName(String agentLabel) {
        int space = agentLabel.indexOf(' ');
        return space < 0 ? agentLabel : agentLabel.substring(0, space);
    }

    private static int campaigns(CampaignJournal journal) {
        try {
            return journal.campaigns().size();
        } catch (Exception e) {
            throw new AssertionError("Could not list the campaigns", e);
        }
    }

    /** Whether the server owns the agent: it lists it as its own. */
    private static boolean owns(ServerClient server, UUID agent) {
        try {
            return agent.equals(server.agent(agent, null).agent().id());
        } catch (NotFoundException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError("Could not ask " + server.address() + " for " + agent, e);
        }
    }

    private static Map<String, UUID> hostsOn(ServerClient server) throws Exception {
        Map<String, UUID> hosts = new HashMap<>();
        server.streamAgents(AgentQuery.all(), agent -> hosts.put(agent.hostName(), agent.id()), null);
        return hosts;
    }
}
