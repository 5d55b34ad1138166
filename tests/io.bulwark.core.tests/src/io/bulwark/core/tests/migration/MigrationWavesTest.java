package io.bulwark.core.tests.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignJournal;
import io.bulwark.core.migration.CampaignPlanner;
import io.bulwark.core.migration.CampaignRequest;
import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.CampaignRunner;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.MoveBack;
import io.bulwark.core.migration.MoveBackPlan;
import io.bulwark.core.migration.MoveBackRequest;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveAgent;
import io.bulwark.core.migration.WaveStart;
import io.bulwark.core.migration.WaveState;
import io.bulwark.core.migration.WaveStatus;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.core.tests.move.Poll;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.test.servers.TestFleet;
import io.bulwark.test.servers.TestServer;

/**
 * A migration campaign between two real servers with a real fleet process, end to end: the pilot moves first, the next
 * wave is refused until the pilot is confirmed, later waves follow one by one, and the pilot's agents are moved back
 * into the domains they came from, a domain deleted meanwhile being reported first and then replaced by the root.
 * <p>
 * The source holds 12 agents: 3 under the root, 3 in {@code Branch}, 6 in {@code Head}; grouped by domain with a pilot
 * of 3 and waves of at most 4, the campaign is: pilot (one of each domain), root (2), Branch (2), Head (4), Head (1).
 * Tagged slow: with two servers and a fleet to start it takes about a minute on a busy machine.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationWavesTest {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestServer sourceServer;
    private TestServer targetServer;
    private TestFleet fleet;
    private ServerClient source;
    private ServerClient target;
    private Domain branch;
    private Domain head;
    private final Map<UUID, Long> domainOf = new HashMap<>();

    @BeforeAll
    void startServersAndFleet(@TempDir Path data) throws Exception {
        sourceServer = TestServer.start(data.resolve("source"), "--name", "waves-source");
        targetServer = TestServer.start(data.resolve("target"), "--name", "waves-target");
        source = client(sourceServer);
        target = client(targetServer);
        fleet = TestFleet.start(data.resolve("fleet"), sourceServer.uri(), sourceServer.fingerprint(), 12,
                "--interval", "0.5", "--seed", "11");
        branch = source.createDomain("Branch", null, null);
        head = source.createDomain("Head", null, null);
        List<UUID> agents = sourceAgents().stream().sorted(Comparator.comparing(AgentSummary::hostName))
                .map(AgentSummary::id).toList();
        source.moveAgents(agents.subList(3, 6), branch.id(), null, null);
        source.moveAgents(agents.subList(6, 12), head.id(), null, null);
        for (AgentSummary agent : sourceAgents()) {
            domainOf.put(agent.id(), agent.domainId());
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{source, target, fleet, sourceServer, targetServer}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    private List<AgentSummary> sourceAgents() throws Exception {
        List<AgentSummary> agents = new ArrayList<>();
        source.streamAgents(AgentQuery.all(), agents::add, null);
        return agents;
    }

    private static List<UUID> ids(Wave wave) {
        return wave.agents().stream().map(WaveAgent::id).toList();
    }

    /** Whether the server owns the agent: it arrived and heartbeat there once. */
    private static boolean owns(ServerClient server, UUID agent) {
        try {
            return agent.equals(server.agent(agent, null).agent().id());
        } catch (NotFoundException e) {
            return false;
        } catch (ServerException e) {
            throw new AssertionError(e);
        }
    }

    private void assertOnTarget(List<UUID> agents) throws Exception {
        for (UUID agent : agents) {
            Poll.until(WAIT, agent + " heartbeats the target", () -> owns(target, agent));
            assertThrows(NotFoundException.class, () -> source.agent(agent, null), "the source forgot it");
        }
    }

    /** Starts the campaign's next wave, runs its move to the end and checks every agent arrived. */
    private Wave runNextWave(CampaignRunner runner, MoveJournal journal, UUID campaignId) throws Exception {
        WaveStart start = runner.startNext(campaignId, source, target, null);
        assertFalse(start.resumed());
        assertTrue(start.plan().readiness().ready(), start.plan().readiness().problem());
        MoveJobRecord done = new MoveRunner(journal, source, target, POLL).run(start.wave().moveId(), null, null);
        assertTrue(done.allArrived(), done.toString());
        assertEquals(ids(start.wave()), done.plan().namedAgents(), "the wave's agents and no others");
        assertOnTarget(ids(start.wave()));
        return start.wave();
    }

    @Test
    void thePilotGoesFirstEachWaveWaitsForConfirmationAndThePilotMovesBackIntoItsDomains(@TempDir Path folder)
            throws Exception {
        MoveJournal journal = new MoveJournal(folder.resolve("moves"));
        CampaignJournal campaigns = new CampaignJournal(journal);
        CampaignRunner runner = new CampaignRunner(campaigns);
        List<UUID> all = new ArrayList<>(domainOf.keySet());
        Campaign campaign = new CampaignPlanner(source, target).plan(new CampaignRequest(all,
                CampaignRules.of(PilotChoice.parse("3"), 4, Grouping.DOMAIN, List.of()), null, 14, MoveRequest.WAIT,
                false, "test"), null);
        assertEquals(List.of("", "", "Branch", "Head", "Head"),
                campaign.waves().stream().map(Wave::group).toList());
        assertEquals(List.of(3, 2, 2, 4, 1), campaign.waves().stream().map(wave -> wave.agents().size()).toList());
        Wave pilotPlanned = campaign.wave(0);
        assertEquals(List.of("", "Branch", "Head"),
                pilotPlanned.agents().stream().map(WaveAgent::domainPath).sorted().toList(), "one of each domain");
        campaigns.create(campaign);
        UUID id = campaign.campaignId();

        Wave pilot = runNextWave(runner, journal, id);
        assertEquals(0, pilot.number());
        List<UUID> waiting = all.stream().filter(agent -> !ids(pilot).contains(agent)).toList();
        for (UUID agent : waiting) {
            assertEquals(agent, source.agent(agent, null).agent().id(), "later waves stay on the source");
        }

        byte[] before = Files.readAllBytes(campaigns.file(id));
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> runner.startNext(id, source, target, null));
        assertTrue(refused.getMessage().contains("waits for your confirmation"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(campaigns.file(id)), "the refusal changed nothing");
        assertEquals(1, journal.jobs().size(), "no move was planned");

        runner.confirm(id, 0, "tester");
        assertEquals(1, runNextWave(runner, journal, id).number());
        runner.confirm(id, 1, "tester");
        Wave branchWave = runNextWave(runner, journal, id);
        assertEquals("Branch", branchWave.group());
        List<WaveState> states = runner.status(campaigns.read(id)).stream().map(WaveStatus::state).toList();
        assertEquals(List.of(WaveState.CONFIRMED, WaveState.CONFIRMED, WaveState.FINISHED, WaveState.PENDING,
                WaveState.PENDING), states);

        source.deleteDomain(branch.id(), null);
        MoveBack back = new MoveBack(journal, target, source);
        UUID pilotMove = pilot.moveId();
        MoveBackPlan missing = back.plan(new MoveBackRequest(pilotMove, false, 14, MoveRequest.WAIT, false), null);
        assertFalse(missing.ready());
        assertEquals(List.of("Branch"), missing.missingDomains());
        assertThrows(MigrationRefusedException.class, () -> back.record(missing));
        assertEquals(3, journal.jobs().size(), "nothing was recorded");

        MoveBackPlan toRoot = back.plan(new MoveBackRequest(pilotMove, true, 14, MoveRequest.WAIT, false), null);
        assertTrue(toRoot.ready());
        assertEquals(3, toRoot.arrived());
        assertEquals(List.of("", "Head"), toRoot.moves().stream().map(plan -> plan.targetDomainPath()).toList(),
                "one move per domain; Branch's agent goes to the root");
        UUID toTheRoot = toRoot.moves().get(0).moveId();
        List<UUID> recorded = back.record(toRoot);
        journal.requestCancel(toTheRoot);
        List<MoveJobRecord> first = back.carryOut(recorded, POLL, null, null);
        assertFalse(first.get(0).allArrived(), "the move back to the root was cancelled: " + first.get(0));
        assertTrue(first.get(1).allArrived(), first.get(1).toString());

        MoveBackPlan retry = back.plan(new MoveBackRequest(pilotMove, true, 14, MoveRequest.WAIT, false), null);
        assertEquals(List.of(""), retry.moves().stream().map(plan -> plan.targetDomainPath()).toList(),
                "the agent the cancelled move did not bring back is planned again, not those brought back");
        List<MoveJobRecord> done = back.carryOut(back.record(retry), POLL, null, null);
        assertTrue(done.get(done.size() - 1).allArrived(), done.toString());
        for (UUID agent : ids(pilot)) {
            Poll.until(WAIT, agent + " heartbeats the source again", () -> owns(source, agent));
            Long expected = Long.valueOf(head.id()).equals(domainOf.get(agent)) ? Long.valueOf(head.id()) : null;
            assertEquals(expected, source.agent(agent, null).agent().domainId(), "back in its domain, or the root");
            assertThrows(NotFoundException.class, () -> target.agent(agent, null), "the target forgot it");
        }

        MoveBackPlan again = back.plan(new MoveBackRequest(pilotMove, true, 14, MoveRequest.WAIT, false), null);
        assertEquals(3, again.earlierJobs().size(), "the moves back are found again");
        assertEquals(List.of(), again.moves(), "and nothing is planned twice");
        assertEquals(new HashSet<>(again.earlierJobs()),
                new HashSet<>(runner.status(campaigns.read(id)).get(0).movesBack()),
                "the campaign shows the moves back of the pilot");
    }
}
