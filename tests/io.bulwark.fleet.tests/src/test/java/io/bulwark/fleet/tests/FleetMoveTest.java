package io.bulwark.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.tests.Await;
import io.bulwark.server.tests.Fixtures;

/**
 * Moves at the scale of a site: two real server processes and one fleet process of 2,000 agents on the source, 10% of
 * them offline and 5% roaming, moved in part to the target by a ticket and move requests, as a console asks. The agents
 * of each move are chosen by a filter of the agent list, read once when the move is planned and pinned by id.
 * <p>
 * The tests share the servers and the fleet and run in order, each building on what the one before left: tickets the
 * target did not issue, or issued but expired, are refused and their agents stay; a move of 1,000 agents survives the
 * target killed with {@code kill -9} mid-move, the online agents arrive and the offline and roaming ones wait; a second
 * move survives the source killed likewise; and the waiting agents arrive once the fleet is started again from its
 * state folder without offline or roaming agents. After each, every agent of the fleet is on exactly one server, the
 * target owns exactly the agents the moves planned, and no agent a filter did not choose ever left the source. Slow: a
 * fleet of 2,000 registering and four moves with two server restarts take two to three minutes.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetMoveTest {

    private static final int AGENTS = 2_000;
    private static final String INTERVAL = "2";
    private static final long SEED = 31;
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration REGISTER = Duration.ofSeconds(240);
    private static final Pattern STARTED = Pattern.compile("\\((\\d+) offline, (\\d+) roaming");

    /** Agents numbered 01000 to 01999: host names end in their number, {@code hq-ws-01234}. */
    private static final Map<String, String> THOUSAND = Map.of("q", "-01");
    private static final Pattern THOUSAND_HOST = Pattern.compile(".+-01\\d{3}");
    private static final Pattern REGISTERED_AGAIN = Pattern
            .compile("since start (\\d+) moved agents registered again without a ticket");

    private MoveHarness servers;
    private Path state;
    private FleetProcess fleet;
    private List<UUID> agents;
    /** The agents the target owns once the moves so far converged; the source owns the others. */
    private final Set<UUID> onTarget = new HashSet<>();
    /** The move of 1,000 whose offline and roaming agents wait for the fleet to bring them back. */
    private UUID waitingMove;
    private List<UUID> waitingMoveAgents;

    @BeforeAll
    void startServersAndFleet(@TempDir Path folder) throws Exception {
        servers = MoveHarness.start(folder.resolve("servers"));
        state = folder.resolve("fleet");
        fleet = FleetProcess.start(servers.fleet(state, AGENTS, INTERVAL, SEED, "--offline-ratio", "0.1",
                "--roaming-ratio", "0.05"));
        Matcher started = STARTED.matcher(fleet.awaitLine("fleet started: " + AGENTS + " agents", START));
        assertTrue(started.find());
        int offline = Integer.parseInt(started.group(1));
        int roaming = Integer.parseInt(started.group(2));
        assertEquals(AGENTS / 10, offline, 0.02 * AGENTS, "about 10% offline");
        assertEquals(AGENTS / 20, roaming, 0.02 * AGENTS, "about 5% roaming");
        fleet.awaitLine("all " + AGENTS + " agents registered", REGISTER);
        agents = MoveHarness.agentsOf(state);
        assertEquals(AGENTS, agents.size());
        // A move plans with what the source knows: its offline agents must have been silent long enough to show so.
        Await.until(offline + " agents offline and " + roaming + " roaming on the source", START,
                () -> List.of(servers.atSource.list(Map.of("status", AgentStatus.OFFLINE)).size(),
                        servers.atSource.list(Map.of("status", AgentStatus.ROAMING)).size()),
                counts -> counts.equals(List.of(offline, roaming)));
    }

    @AfterAll
    void stopFleetAndServers() throws Exception {
        Fixtures.closeAll(fleet, servers == null ? null : servers::close);
    }

    @Test
    @Order(1)
    void forgedAndExpiredTicketsAreRefusedAndTheirAgentsStay() throws Exception {
        List<UUID> forgedFor = ids(servers.atSource.list(Map.of("q", "-000", "status", AgentStatus.ONLINE)));
        List<UUID> expiredFor = ids(servers.atSource.list(Map.of("q", "-001", "status", AgentStatus.ONLINE)));
        assertFalse(forgedFor.isEmpty() || expiredFor.isEmpty());

        // A token for a real ticket, of the right shape, but not signed with the target's ticket key.
        MoveTicket issued = servers.ticket(forgedFor, MoveHarness.inOneDay());
        UUID forgedMove = servers.requestMove(forgedFor, forge(issued.ticketId()), forge(issued.ticketId()),
                MoveHarness.inOneDay(), MoveRequest.WAIT);

        MoveTicket expiring = servers.ticket(expiredFor, Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS));
        Await.until("the ticket's agents to lapse on the target", START,
                () -> servers.atTarget.ticketStatus(expiring.ticketId()).counts(),
                counts -> counts.getOrDefault(TicketAgent.LAPSED, 0) == expiredFor.size());
        UUID expiredMove = servers.requestMove(expiredFor, expiring.token(), expiring.sourceToken(),
                MoveHarness.inOneDay(), MoveRequest.WAIT);

        for (UUID moveId : List.of(forgedMove, expiredMove)) {
            MoveProgress done = servers.awaitProgress("the move refused by the target to end", moveId,
                    MoveProgress::finished);
            assertEquals(Map.of(MoveItemProgress.ROLLED_BACK, done.items().size()), nonZero(done.counts()));
            for (MoveItemProgress item : done.items()) {
                assertTrue(item.reason().contains("403 ticket_refused"), item.toString());
            }
        }
        assertEquals(Map.of(TicketAgent.EXPECTED, forgedFor.size()),
                nonZero(servers.atTarget.ticketStatus(issued.ticketId()).counts()),
                "none of the agents used the real ticket");
        servers.awaitOwners(agents, onTarget);
        servers.awaitHomes(state, onTarget);
    }

    @Test
    @Order(2)
    void aThousandChosenByAFilterMoveWithTheTargetKilledMidMoveAndTheAbsentWait() throws Exception {
        List<AgentSummary> planned = servers.atSource.list(THOUSAND);
        assertEquals(1_000, planned.size(), "the filter chooses agents 01000 to 01999");
        planned.forEach(agent -> assertTrue(THOUSAND_HOST.matcher(agent.hostName()).matches(), agent.hostName()));
        List<UUID> chosen = ids(planned);
        Set<UUID> absent = new HashSet<>();
        Set<String> absentStatuses = new HashSet<>();
        for (AgentSummary agent : planned) {
            if (AgentStatus.OFFLINE.equals(agent.status()) || AgentStatus.ROAMING.equals(agent.status())) {
                absent.add(agent.id());
                absentStatuses.add(agent.status());
            }
        }
        assertEquals(Set.of(AgentStatus.OFFLINE, AgentStatus.ROAMING), absentStatuses,
                "the chosen agents include offline and roaming ones");
        Set<UUID> present = new HashSet<>(chosen);
        present.removeAll(absent);

        UUID moveId = servers.requestMove(chosen, MoveRequest.WAIT);
        awaitFirstArrival(moveId);
        servers.target.kill();
        int arrivedAtKill = arrivedCount(servers.atSource.progress(moveId));
        assertTrue(arrivedAtKill < present.size(), "killed while agents were relocating: " + arrivedAtKill + " of "
                + present.size() + " had arrived");
        servers.target.restart();

        Map<String, Integer> expected = Map.of(MoveItemProgress.ARRIVED, present.size(), MoveItemProgress.WAITING,
                absent.size());
        MoveProgress progress = servers.awaitProgress("the present agents arrived and the absent ones waiting", moveId,
                observed -> expected.equals(nonZero(observed.counts())));
        assertEquals(present, MoveHarness.arrived(progress), "exactly the planned agents that were present arrived");
        assertEquals(absent, MoveHarness.inState(progress, MoveItemProgress.WAITING));
        onTarget.addAll(present);
        servers.awaitOwners(agents, onTarget);
        servers.awaitHomes(state, onTarget);
        waitingMove = moveId;
        waitingMoveAgents = chosen;
        assertNoMovedAgentRegisteredAgainAtTheTarget();
    }

    @Test
    @Order(3)
    void aMoveSurvivesTheSourceKilledMidMove() throws Exception {
        List<UUID> chosen = ids(servers.atSource.list(Map.of("q", "-00", "status", AgentStatus.ONLINE)));
        assertTrue(chosen.size() > 500, "most of agents 00001 to 00999 are online: " + chosen.size());

        UUID moveId = servers.requestMove(chosen, MoveRequest.WAIT);
        awaitFirstArrival(moveId);
        int arrivedBefore = arrivedCount(servers.atSource.progress(moveId));
        servers.source.kill();
        assertTrue(arrivedBefore < chosen.size(), "killed while agents were relocating");
        servers.source.restart();

        MoveProgress done;
        try {
            done = servers.awaitProgress("every chosen agent arrived", moveId, MoveProgress::finished);
        } catch (AssertionError e) {
            Set<UUID> moving = MoveHarness.inState(servers.atSource.progress(moveId), MoveItemProgress.MOVING);
            throw new AssertionError(e.getMessage() + "; the fleet's state of those still moving:\n"
                    + servers.whereAbouts(state, moving), e);
        }
        assertEquals(Map.of(MoveItemProgress.ARRIVED, chosen.size()), nonZero(done.counts()),
                () -> MoveHarness.describe(done));
        assertEquals(Set.copyOf(chosen), MoveHarness.arrived(done));
        if (waitingMove != null) {
            assertEquals(nonZero(servers.atSource.progress(waitingMove).counts()).keySet(),
                    Set.of(MoveItemProgress.ARRIVED, MoveItemProgress.WAITING),
                    "the other move's absent agents still wait after the source's restart");
        }
        onTarget.addAll(chosen);
        servers.awaitOwners(agents, onTarget);
        servers.awaitHomes(state, onTarget);
        assertNoMovedAgentRegisteredAgainAtTheTarget();
    }

    @Test
    @Order(4)
    void theAbsentAgentsArriveOnceTheFleetReturnsFromItsState() throws Exception {
        assertNotNull(waitingMove, "runs after the move of 1,000 with absent agents");
        fleet.stop();
        fleet = FleetProcess.start(servers.fleet(state, AGENTS, INTERVAL, SEED));
        fleet.awaitLine("fleet started: " + AGENTS + " agents (0 offline, 0 roaming", START);

        MoveProgress done = servers.awaitProgress("the absent agents arrived", waitingMove, MoveProgress::finished);
        assertEquals(Map.of(MoveItemProgress.ARRIVED, waitingMoveAgents.size()), nonZero(done.counts()),
                () -> MoveHarness.describe(done));
        assertEquals(Set.copyOf(waitingMoveAgents), MoveHarness.arrived(done), "moved exactly the planned agents");
        onTarget.addAll(waitingMoveAgents);
        servers.awaitOwners(agents, onTarget);

        // The agents no filter chose, offline ones included, are back online and still on the source.
        Set<UUID> stayed = new HashSet<>(agents);
        stayed.removeAll(onTarget);
        Await.until("every agent not chosen online on the source", MoveHarness.CONVERGE,
                () -> online(servers.atSource.list(Map.of("status", AgentStatus.ONLINE))), stayed::equals);
        servers.awaitOwners(agents, onTarget);
        servers.awaitHomes(state, onTarget);
        fleet.stop();
    }

    /**
     * Fails if a moved agent registered at the target again without a ticket since the fleet started, by the counters
     * of the fleet's next summary: the target forgot an agent that arrived, or an agent arrived by the back door. Waits
     * for a summary printed after the move converged.
     */
    private void assertNoMovedAgentRegisteredAgainAtTheTarget() throws Exception {
        String prefix = "  " + servers.target.uri() + ": home of ";
        long printed = fleet.output().lines().filter(line -> line.startsWith(prefix)).count();
        String latest = Await.until("the fleet's next summary of the target's counters", START,
                () -> fleet.output().lines().filter(line -> line.startsWith(prefix)).toList(),
                lines -> lines.size() > printed).getLast();
        Matcher again = REGISTERED_AGAIN.matcher(latest);
        assertTrue(again.find(), latest);
        assertEquals("0", again.group(1), "moved agents the target saw registering again without a ticket: " + latest);
    }

    private void awaitFirstArrival(UUID moveId) throws Exception {
        servers.awaitProgress("the first agent arrived", moveId, progress -> arrivedCount(progress) > 0);
    }

    private static int arrivedCount(MoveProgress progress) {
        return progress.counts().getOrDefault(MoveItemProgress.ARRIVED, 0);
    }

    private static List<UUID> ids(List<AgentSummary> listed) {
        return listed.stream().map(AgentSummary::id).toList();
    }

    private Set<UUID> online(List<AgentSummary> listed) {
        Set<UUID> fleetAgents = Set.copyOf(agents);
        Set<UUID> online = new HashSet<>();
        for (AgentSummary agent : listed) {
            if (fleetAgents.contains(agent.id())) {
                online.add(agent.id());
            }
        }
        return online;
    }

    /** @return a token for the ticket of the shape the target issues, signed with a key that is not the target's */
    private static String forge(UUID ticketId) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] secret = mac.doFinal(ticketId.toString().getBytes(StandardCharsets.UTF_8));
        return ticketId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static Map<String, Integer> nonZero(Map<String, Integer> counts) {
        Map<String, Integer> kept = new TreeMap<>(counts);
        kept.values().removeIf(count -> count.intValue() == 0);
        return kept;
    }
}
