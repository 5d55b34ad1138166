package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.internal.cli.MoveApplication;
import io.bulwark.core.move.JobLock;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.test.servers.TestServer;

/**
 * {@code bulwark move} run again after it stopped, in this process against two real servers with agents that speak the
 * real protocol ({@link ScriptedAgent}): a move the source refused for queued notifications, run again with
 * {@code --cancel-notifications} as the refusal advises, is withdrawn (its ticket given back) and planned again with
 * that option instead of being resumed as it was, which the source would refuse for ever; a journal with an entry that
 * cannot be read stops the run, naming the file, before anything is planned or obtained; and a run started while
 * another plans the same list is refused instead of recording a second move of it; a list that cannot be read or names
 * no agent is refused input (exit code 2), and a source that cannot be reached is a server failure (3); a run again
 * after the move finished reports how it ended instead of refusing the list, whose agents have left the source. A run
 * that would follow a move its agents never make fails the test by its timeout instead of hanging.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MoveCommandRerunTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private TestServer sourceServer;
    private TestServer targetServer;
    private ServerClient source;
    private MoveJournal journal;
    private Path list;

    @BeforeEach
    void startServers(@TempDir Path data) throws Exception {
        sourceServer = opening(TestServer.start(data.resolve("source"), "--name", "rerun-source",
                "--simulated-update-source"));
        targetServer = opening(TestServer.start(data.resolve("target"), "--name", "rerun-target"));
        source = opening(new ServerClient(ServerAddress.parse(sourceServer.uri().toString()),
                new Credentials("root", sourceServer.rootPassword().toCharArray()),
                CertificateFingerprint.parse(sourceServer.fingerprint())));
        journal = new MoveJournal(data.resolve("moves"));
        list = data.resolve("agents.txt");
    }

    @AfterEach
    void stopServers() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aMoveRefusedForNotificationsIsPlannedAgainWhenRunWithCancelNotifications() throws Exception {
        List<ScriptedAgent> agents = List.of(agent("rerun-1", "10.7.0.1"), agent("rerun-2", "10.7.0.2"));
        queueNotificationFor(agents.get(0).id());
        Files.writeString(list, agents.get(0).id() + "\n" + agents.get(1).id() + "\n");

        assertEquals(2, run(), output());
        assertTrue(error().contains("--cancel-notifications"), error());
        List<UUID> refused = journal.jobs();
        assertEquals(1, refused.size());
        MoveJobRecord kept = journal.read(refused.get(0));
        assertEquals(MovePhase.TICKET_OBTAINED, kept.phase(), "the refused job waits in the journal");

        assertEquals(0, runMoving(agents, "--cancel-notifications"), output() + error());

        assertTrue(output().contains("withdrawn"), output());
        MoveJobRecord withdrawn = journal.read(refused.get(0));
        assertEquals(MovePhase.FINISHED, withdrawn.phase());
        assertTrue(withdrawn.items().stream().allMatch(item -> MoveItemProgress.CANCELLED.equals(item.state())),
                withdrawn.toString());
        try (ServerClient target = new ServerClient(ServerAddress.parse(targetServer.uri().toString()),
                new Credentials("root", targetServer.rootPassword().toCharArray()),
                CertificateFingerprint.parse(targetServer.fingerprint()))) {
            assertTrue(target.moves().ticket(kept.ticketId(), null).revoked(), "the withdrawn job's ticket");
            for (ScriptedAgent agent : agents) {
                assertEquals(agent.id(), target.agent(agent.id(), null).agent().id(), "the target owns it");
            }
        }
        assertEquals(2, journal.jobs().size(), "the job planned again beside the withdrawn one");
    }

    @Test
    void aRunAgainAfterTheMoveFinishedReportsHowItEndedAndPlansNothing() throws Exception {
        List<ScriptedAgent> agents = List.of(agent("rerun-6", "10.7.0.6"), agent("rerun-7", "10.7.0.7"));
        Files.writeString(list, agents.get(0).id() + "\n" + agents.get(1).id() + "\n");
        assertEquals(0, runMoving(agents), output() + error());
        UUID moveId = journal.jobs().get(0);
        out.reset();

        assertEquals(0, run(), output() + error());

        assertTrue(output().contains("The move " + moveId + " of this list finished"), output());
        assertTrue(output().contains("Done: all 2 agents arrived."), output());
        assertEquals(List.of(moveId), journal.jobs(), "no job added");
        assertEquals(1, source.moves().list(null).size(), "no second move asked of the source");
    }

    @Test
    void aRunAgainAfterTheMoveFinishedIsRefusedWhenTheListNowNamesAgentsTheMoveDidNotTake() throws Exception {
        List<ScriptedAgent> agents = List.of(agent("rerun-8", "10.7.0.8"), agent("rerun-9", "10.7.0.9"));
        Files.writeString(list, "rerun-8\nrerun-9\n");
        assertEquals(0, runMoving(agents), output() + error());
        UUID moveId = journal.jobs().get(0);
        agent("rerun-9", "10.7.0.19"); // two machines given the name of one that moved
        agent("rerun-9", "10.7.0.29");
        out.reset();

        assertEquals(2, run(), output() + error());

        assertTrue(error().contains("rerun-9"), "the line that names no single agent: " + error());
        assertFalse(output().contains("of this list finished"), output());
        assertEquals(List.of(moveId), journal.jobs(), "no job added");
    }

    @Test
    void aJournalEntryThatCannotBeReadStopsTheRunBeforeAnythingIsPlanned() throws Exception {
        ScriptedAgent agent = agent("rerun-3", "10.7.0.3");
        Files.writeString(list, agent.id() + "\n");
        Files.createDirectories(journal.folder());
        Path damaged = journal.folder().resolve(UUID.randomUUID() + ".json");
        Files.writeString(damaged, "{\"moveId\":");

        assertEquals(3, run(), output());

        assertTrue(error().contains(damaged.toString()), error());
        assertEquals(1, journal.jobs().size(), "no job added");
        assertEquals(agent.id(), source.agent(agent.id(), null).agent().id(), "the agent stays on the source");
        assertTrue(source.moves().list(null).isEmpty(), "no move asked of the source");
    }

    @Test
    void aRunWhileAnotherPlansTheSameListIsRefusedAndRecordsNothing() throws Exception {
        ScriptedAgent agent = agent("rerun-4", "10.7.0.4");
        Files.writeString(list, agent.id() + "\n");

        try (JobLock planning = journal.lockPlanning(MoveApplication.origin(list))) {
            assertEquals(3, run(), output());
        }

        assertTrue(error().contains("Another run is planning"), error());
        assertNothingRecordedOrAsked();
    }

    @Test
    void aListThatCannotBeReadOrNamesNoAgentIsRefusedAsInput() throws Exception {
        assertEquals(2, run(), output());
        assertTrue(error().contains(list.toString()), "a missing list is named: " + error());

        Files.writeString(list, "# the agents of the first wave\n\n");
        assertEquals(2, run(), output());
        assertTrue(error().contains("names no agent"), error());

        assertNothingRecordedOrAsked();
    }

    private void assertNothingRecordedOrAsked() throws Exception {
        assertEquals(List.of(), journal.jobs(), "no job recorded");
        assertTrue(source.moves().list(null).isEmpty(), "no move asked of the source");
    }

    @Test
    void aSourceThatCannotBeReachedIsAServerFailure() throws Exception {
        ScriptedAgent agent = agent("rerun-5", "10.7.0.5");
        Files.writeString(list, agent.id() + "\n");

        assertEquals(3, runFrom("https://127.0.0.1:1"), output());

        assertTrue(error().contains("127.0.0.1:1"), error());
        assertEquals(List.of(), journal.jobs(), "no job recorded");
    }

    /** Runs the command while the agents heartbeat and relocate when told; @return its exit code */
    private int runMoving(List<ScriptedAgent> agents, String... more) throws Exception {
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run(more));
        Poll.until(WAIT, "the run ends, its agents heartbeating and relocating when told", () -> {
            agents.forEach(ScriptedAgent::heartbeatOnce);
            return running.isDone();
        });
        return running.get(1, TimeUnit.SECONDS).intValue();
    }

    private int run(String... more) {
        return runFrom(sourceServer.uri().toString(), more);
    }

    private int runFrom(String sourceUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("--from", sourceUrl, "--from-fingerprint",
                sourceServer.fingerprint(), "--to", targetServer.uri().toString(), "--to-fingerprint",
                targetServer.fingerprint(), "--agents", list.toString(), "--journal", journal.folder().toString(),
                "--poll-millis", "100"));
        args.addAll(List.of(more));
        Map<String, String> environment = Map.of("BULWARK_FROM_PASSWORD", sourceServer.rootPassword(),
                "BULWARK_TO_PASSWORD", targetServer.rootPassword());
        return new MoveApplication(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get).run(args.toArray(String[]::new));
    }

    private void queueNotificationFor(UUID agentId) throws Exception {
        SourceComponents.update(source);
        source.administration().componentUpdates()
                .notifyAgents(new NotifyAgentsRequest(List.of(agentId), null, null, Boolean.TRUE), null);
    }

    private ScriptedAgent agent(String host, String ip) throws Exception {
        return opening(ScriptedAgent.register(sourceServer, host, ip));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private <T extends AutoCloseable> T opening(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
