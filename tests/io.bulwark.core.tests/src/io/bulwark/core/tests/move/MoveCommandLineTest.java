package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.test.servers.ProductApplication;
import io.bulwark.test.servers.TestFleet;
import io.bulwark.test.servers.TestServer;

/**
 * {@code bulwark move} as an administrator runs it: the console product's headless application
 * {@code io.bulwark.core.move} as a real process, between two real servers, moving 1,000 agents of a fleet process of
 * 2,000, the scale the other end-to-end tests of moves use. Killed with {@code kill -9} once the move started, and run
 * again with the same arguments, it resumes the job from its journal instead of starting another, and ends with exit
 * code 0 once every chosen agent arrived. The offline agents of the fleet keep the first run's move unfinished until
 * the fleet comes back without them, so the kill always falls mid-move. Slow: two servers, a fleet started twice and
 * the product started twice.
 */
@Tag("slow")
class MoveCommandLineTest {

    private static final String APPLICATION = "io.bulwark.core.move";
    private static final int AGENTS = 2_000;
    private static final int CHOSEN = 1_000;
    private static final String SEED = "41";
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration MOVE = Duration.ofMinutes(3);
    private static final Pattern OFFLINE = Pattern.compile("\\((\\d+) offline");
    private static final int KILLED = 128 + 9;

    @Test
    void aRunKilledMidMoveResumesFromItsJournalWhenStartedAgain(@TempDir Path temp) throws Exception {
        try (TestServer sourceServer = TestServer.start(temp.resolve("source"), "--name", "cli-source");
                TestServer targetServer = TestServer.start(temp.resolve("target"), "--name", "cli-target");
                ServerClient source = client(sourceServer);
                ServerClient target = client(targetServer)) {
            Path state = temp.resolve("fleet");
            Path list = temp.resolve("agents.txt");
            MoveJournal journal = new MoveJournal(temp.resolve("moves"));
            List<String> args = List.of("--from", sourceServer.uri().toString(), "--from-fingerprint",
                    sourceServer.fingerprint(), "--to", targetServer.uri().toString(), "--to-fingerprint",
                    targetServer.fingerprint(), "--agents", list.toString(), "--journal", journal.folder().toString(),
                    "--poll-millis", "200");
            Map<String, String> passwords = Map.of("BULWARK_FROM_PASSWORD", sourceServer.rootPassword(),
                    "BULWARK_TO_PASSWORD", targetServer.rootPassword());
            Set<UUID> fleet;
            Set<UUID> chosen;
            MoveJobRecord interrupted;

            try (TestFleet agents = TestFleet.start(state, sourceServer.uri(), sourceServer.fingerprint(), AGENTS,
                    "--interval", "2", "--seed", SEED, "--offline-ratio", "0.2")) {
                Matcher started = OFFLINE.matcher(agents.output());
                assertTrue(started.find(), agents.output());
                long offline = Long.parseLong(started.group(1));
                assertTrue(offline > 0 && offline < CHOSEN, "offline agents: " + offline);
                Poll.until(START, offline + " agents offline on the source",
                        () -> count(source, AgentStatus.OFFLINE) == offline);
                List<AgentSummary> listed = all(source);
                fleet = ids(listed);
                assertEquals(AGENTS, fleet.size());
                chosen = choose(listed);
                Files.write(list, chosen(listed, chosen), StandardCharsets.UTF_8);

                try (ProductApplication first = ProductApplication.start(APPLICATION, passwords, args)) {
                    Poll.until(MOVE, "the journal to hold one started job", () -> phase(journal) == MovePhase.STARTED);

                    assertEquals(KILLED, first.kill(), "killed, not ended: " + first.output());
                }
                List<UUID> jobs = journal.jobs();
                assertEquals(1, jobs.size());
                interrupted = journal.read(jobs.get(0));
                assertEquals(MovePhase.STARTED, interrupted.phase(), "the offline agents keep the move unfinished");
                agents.stop();
            }

            try (TestFleet back = TestFleet.start(state, sourceServer.uri(), sourceServer.fingerprint(), AGENTS,
                    "--interval", "2", "--seed", SEED);
                    ProductApplication again = ProductApplication.start(APPLICATION, passwords, args)) {
                int exit = again.awaitExit(MOVE);

                String output = again.output();
                assertEquals(0, exit, output);
                assertTrue(output.contains("Resuming the unfinished job " + interrupted.moveId()), output);
                assertEquals(List.of(interrupted.moveId()), journal.jobs(), "resumed, not started again");
                MoveJobRecord finished = journal.read(interrupted.moveId());
                assertEquals(MovePhase.FINISHED, finished.phase());
                assertTrue(finished.allArrived(), finished.toString());
                assertEquals(Map.of(MoveItemProgress.ARRIVED, Integer.valueOf(CHOSEN)), nonZero(finished.counts()));
                assertEquals(interrupted.ticketId(), finished.ticketId(), "the same ticket");
                List<MoveProgress> moves = source.moves().list(null);
                assertEquals(List.of(interrupted.moveId()), moves.stream().map(MoveProgress::moveId).toList(),
                        "one move on the source");

                Set<UUID> onTarget = ids(all(target));
                Set<UUID> onSource = ids(all(source));
                assertEquals(chosen, onTarget, "every chosen agent on the target");
                Set<UUID> stayed = new HashSet<>(fleet);
                stayed.removeAll(chosen);
                assertEquals(stayed, onSource, "none on the source, the others still there");
                back.stop();
            }
        }
    }

    /** @return the offline agents and enough online ones, in host name order, to make {@value #CHOSEN} */
    private static Set<UUID> choose(List<AgentSummary> listed) {
        List<AgentSummary> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparing((AgentSummary agent) -> !AgentStatus.OFFLINE.equals(agent.status()))
                .thenComparing(AgentSummary::hostName));
        return ids(sorted.subList(0, CHOSEN));
    }

    /** @return the chosen agents' host names, one line each, as an administrator writes the list */
    private static List<String> chosen(List<AgentSummary> listed, Set<UUID> chosen) {
        return listed.stream().filter(agent -> chosen.contains(agent.id())).map(AgentSummary::hostName).sorted()
                .toList();
    }

    private static MovePhase phase(MoveJournal journal) {
        try {
            List<UUID> jobs = journal.jobs();
            return jobs.size() == 1 ? journal.read(jobs.get(0)).phase() : null;
        } catch (MoveException e) {
            return null; // not written yet
        }
    }

    private static long count(ServerClient server, String status) {
        try {
            return server.countAgents(new AgentQuery(null, false, status, null, false), null);
        } catch (Exception e) {
            throw new AssertionError("Cannot count the " + status + " agents of " + server.address(), e);
        }
    }

    private static List<AgentSummary> all(ServerClient server) throws Exception {
        List<AgentSummary> agents = new ArrayList<>();
        server.streamAgents(AgentQuery.all(), agents::add, null);
        return agents;
    }

    private static Set<UUID> ids(List<AgentSummary> agents) {
        Set<UUID> ids = new HashSet<>();
        agents.forEach(agent -> ids.add(agent.id()));
        return ids;
    }

    private static Map<String, Integer> nonZero(Map<String, Integer> counts) {
        Map<String, Integer> kept = new TreeMap<>(counts);
        kept.values().removeIf(count -> count.intValue() == 0);
        return kept;
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }
}
