package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.test.servers.ProductApplication;
import io.bulwark.test.servers.TestServer;

/**
 * The console itself, the product's window as {@code ./bulwark console} starts it, killed with {@code kill -9} while it
 * follows a move, between two real servers with agents that speak the real protocol ({@link ScriptedAgent}). The move
 * is planned, journaled and accepted by the source through the core, as the console's wizard does it; the console finds
 * it in the shared journal at start and follows it. Two agents relocate one after the other while it runs, the second
 * only once the console recorded the first, so it must keep following to record both; it is then killed, a third agent
 * relocates with no console running, and the console started again on the same workspace and journal records that
 * arrival, then the last one, made while it runs, and ends the job. The journal is readable after the kill, the job is
 * neither lost nor repeated, and every agent ends on the target only. The console prints nothing meanwhile: the
 * libraries it bundles log nowhere unless something is wrong.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConsoleKilledMidMoveTest {

    private static final Duration CONSOLE = Duration.ofSeconds(90);
    private static final int KILLED = 128 + 9;

    @Test
    void aConsoleKilledWhileFollowingAMoveLosesNothingAndTheNextConsoleFinishesIt(@TempDir Path temp)
            throws Exception {
        try (TestServer sourceServer = TestServer.start(temp.resolve("source"), "--name", "console-source");
                TestServer targetServer = TestServer.start(temp.resolve("target"), "--name", "console-target");
                ServerClient source = client(sourceServer);
                ServerClient target = client(targetServer);
                ScriptedAgent first = ScriptedAgent.register(sourceServer, "console-1", "10.8.0.1");
                ScriptedAgent second = ScriptedAgent.register(sourceServer, "console-2", "10.8.0.2");
                ScriptedAgent third = ScriptedAgent.register(sourceServer, "console-3", "10.8.0.3");
                ScriptedAgent fourth = ScriptedAgent.register(sourceServer, "console-4", "10.8.0.4")) {
            List<ScriptedAgent> agents = List.of(first, second, third, fourth);
            List<UUID> ids = agents.stream().map(ScriptedAgent::id).toList();
            MoveJournal journal = new MoveJournal(temp.resolve("moves"));
            MovePlan plan = new MovePlanner(source, target).plan(MovePlanRequest.of(ids, null), null);
            journal.create(plan);
            assertEquals(MovePhase.STARTED, new MoveRunner(journal, source, target).step(plan.moveId(), null).phase());
            Map<String, String> environment = consoleEnvironment(temp, sourceServer, targetServer, journal);
            Path workspace = temp.resolve("console");

            try (ProductApplication console = ProductApplication.console(workspace, environment)) {
                relocateAndAwait(first, journal, plan.moveId(), 1);
                // after the console recorded the first: only a console that keeps following sees this one
                relocateAndAwait(second, journal, plan.moveId(), 2);

                assertEquals(KILLED, console.kill(), "killed, not ended: " + console.output());
                assertEquals("", console.output(), "a console that prints nothing, SLF4J's warnings included");
            }
            MoveJobRecord interrupted = journal.read(plan.moveId());
            assertEquals(MovePhase.STARTED, interrupted.phase(), interrupted.toString());
            assertEquals(2, interrupted.count(MoveItemProgress.ARRIVED), interrupted.toString());
            assertEquals(2, interrupted.count(MoveItemProgress.MOVING), interrupted.toString());
            assertTrue(third.heartbeatAndRelocate(), "relocates with no console running");

            try (ProductApplication again = ProductApplication.console(workspace, environment)) {
                Poll.until(CONSOLE, "the console started again to record the arrival made while none ran",
                        () -> arrived(journal, plan.moveId()) == 3);
                assertTrue(fourth.heartbeatAndRelocate(), "relocates while the new console follows");
                Poll.until(CONSOLE, "the console started again to follow the job to its end",
                        () -> phase(journal, plan.moveId()) == MovePhase.FINISHED);
                assertEquals(KILLED, again.kill(), again.output());
                assertEquals("", again.output(), "a console that prints nothing");
            }
            MoveJobRecord finished = journal.read(plan.moveId());
            assertTrue(finished.allArrived(), finished.toString());
            assertEquals(interrupted.ticketId(), finished.ticketId(), "the same ticket");
            assertEquals(List.of(plan.moveId()), journal.jobs(), "followed, not planned again");
            assertEquals(Set.copyOf(ids), listed(target), "every agent on the target");
            assertEquals(Set.of(), listed(source), "none left on the source");
        }
    }

    private static void relocateAndAwait(ScriptedAgent agent, MoveJournal journal, UUID moveId, int arrivals)
            throws Exception {
        assertTrue(agent.heartbeatAndRelocate(), "a relocate command for " + agent.id());
        Poll.until(CONSOLE, "the console to record " + arrivals + " arrival(s) in the journal",
                () -> arrived(journal, moveId) == arrivals);
    }

    /** The start-up list, passwords and journal, handed over the way the demo hands them to the console. */
    private static Map<String, String> consoleEnvironment(Path temp, TestServer source, TestServer target,
            MoveJournal journal) throws Exception {
        Path startupPassword = temp.resolve("root-password");
        Files.writeString(startupPassword, TestServer.ROOT_PASSWORD + "\n", StandardCharsets.UTF_8);
        Path masterPassword = temp.resolve("master-password");
        Files.writeString(masterPassword, "master password of a killed console\n", StandardCharsets.UTF_8);
        String servers = entry("Source", source) + "," + entry("Target", target);
        return Map.of("BULWARK_SERVERS", servers, "BULWARK_STARTUP_PASSWORD_FILE", startupPassword.toString(),
                "BULWARK_MASTER_PASSWORD_FILE", masterPassword.toString(), "BULWARK_MOVES",
                journal.folder().toString(), "BULWARK_POLICIES", temp.resolve("policies").toString());
    }

    private static String entry(String name, TestServer server) {
        return name + "=" + server.uri() + ";fingerprint=" + server.fingerprint() + ";user=root";
    }

    private static int arrived(MoveJournal journal, UUID moveId) {
        try {
            return journal.read(moveId).count(MoveItemProgress.ARRIVED);
        } catch (MoveException e) {
            throw new AssertionError("The journal became unreadable: " + e.getMessage(), e);
        }
    }

    private static MovePhase phase(MoveJournal journal, UUID moveId) {
        try {
            return journal.read(moveId).phase();
        } catch (MoveException e) {
            throw new AssertionError("The journal became unreadable: " + e.getMessage(), e);
        }
    }

    private static Set<UUID> listed(ServerClient server) throws Exception {
        Set<UUID> ids = new HashSet<>();
        server.streamAgents(AgentQuery.all(), agent -> ids.add(agent.id()), null);
        return ids;
    }

    private static ServerClient client(TestServer server) throws Exception {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }
}
