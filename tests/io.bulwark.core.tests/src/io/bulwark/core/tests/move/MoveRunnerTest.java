package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.NotificationsPendingException;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.MoveRequests;
import io.bulwark.core.move.JobLock;
import io.bulwark.core.move.JobLockedException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.core.move.StructureReplication;
import io.bulwark.core.move.StructureRequest;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.test.servers.TestServer;

/**
 * Carrying out moves between two real servers with agents that speak the real protocol step by step: every agent
 * arrives, a run resumes from the journal wherever the previous one stopped, cancelling leaves the agents not yet
 * relocated on the source, and the journal's lock and the plan's servers are respected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoveRunnerTest {

    private TestServer sourceServer;
    private TestServer targetServer;
    private ServerClient source;
    private ServerClient target;
    private MoveJournal journal;
    private final List<ScriptedAgent> agents = new ArrayList<>();
    private int hosts;

    @BeforeAll
    void startServers(@TempDir Path data) throws Exception {
        sourceServer = TestServer.start(data.resolve("source"), "--name", "run-source", "--simulated-update-source");
        targetServer = TestServer.start(data.resolve("target"), "--name", "run-target");
        source = client(sourceServer);
        target = client(targetServer);
    }

    @BeforeEach
    void newJournal(@TempDir Path folder) {
        journal = new MoveJournal(folder.resolve("moves"));
    }

    @AfterAll
    void stopServers() throws Exception {
        agents.forEach(ScriptedAgent::close);
        for (AutoCloseable closeable : new AutoCloseable[]{source, target, sourceServer, targetServer}) {
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

    private List<ScriptedAgent> register(int count) throws Exception {
        List<ScriptedAgent> registered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hosts++;
            registered.add(
                    ScriptedAgent.register(sourceServer, "run-" + hosts, "10.9." + hosts / 200 + "." + hosts % 200));
        }
        agents.addAll(registered);
        return registered;
    }

    private MovePlan plan(List<ScriptedAgent> chosen, boolean cancelNotifications) throws Exception {
        MovePlan plan = new MovePlanner(source, target).plan(new MovePlanRequest(
                chosen.stream().map(ScriptedAgent::id).toList(), null, 14, MoveRequest.WAIT, cancelNotifications,
                false, "test"), null);
        assertTrue(plan.readiness().ready(), plan.readiness().problem());
        return plan;
    }

    private static List<String> states(MoveJobRecord job) {
        return job.items().stream().map(MoveItemProgress::state).toList();
    }

    @Test
    void movesEveryAgentAndRecordsEachStep() throws Exception {
        List<ScriptedAgent> chosen = register(3);
        MovePlan plan = plan(chosen, false);
        journal.create(plan);
        MoveRunner runner = new MoveRunner(journal, source, target);

        MoveJobRecord started = runner.step(plan.moveId(), null);

        assertEquals(MovePhase.STARTED, started.phase());
        assertNotNull(started.ticketId());
        assertEquals(List.of("moving", "moving", "moving"), states(started));
        assertEquals(started, journal.read(plan.moveId()), "the journal holds the step");
        for (ScriptedAgent agent : chosen) {
            assertTrue(agent.heartbeatAndRelocate(), "the agent is told to relocate");
        }

        MoveJobRecord finished = runner.step(plan.moveId(), null);

        assertEquals(MovePhase.FINISHED, finished.phase());
        assertTrue(finished.allArrived(), finished.toString());
        assertEquals(3, finished.count(MoveItemProgress.ARRIVED));
        for (ScriptedAgent agent : chosen) {
            assertEquals(agent.id(), target.agent(agent.id(), null).agent().id(), "the target owns it");
            assertThrows(NotFoundException.class, () -> source.agent(agent.id(), null), "the source forgot it");
        }
        assertEquals(finished, runner.step(plan.moveId(), null), "a finished job takes no more steps");
    }

    @Test
    void agentsOfAReplicatedDomainArriveInItsCopyOnTheTarget() throws Exception {
        List<ScriptedAgent> chosen = register(2);
        Domain lab = source.createDomain("Replicated-Lab", null, null);
        source.moveAgents(List.of(chosen.get(0).id()), Long.valueOf(lab.id()), null, null);
        MovePlan planned = plan(chosen, false);
        StructureReplication replication = new StructureReplication(source, target);
        StructurePlan structure = replication.plan(StructureRequest.forMove(planned, false), null);
        assertTrue(replication.apply(structure, null).complete());

        MovePlan plan = planned.placedIn(structure);
        assertEquals(Map.of("Replicated-Lab", List.of(chosen.get(0).id())), plan.placements(),
                "the agent of the lab is placed in its copy; the one under the root joins the target domain");
        journal.create(plan);
        MoveRunner runner = new MoveRunner(journal, source, target);
        runner.step(plan.moveId(), null);
        for (ScriptedAgent agent : chosen) {
            assertTrue(agent.heartbeatAndRelocate(), "the agent is told to relocate");
        }
        assertTrue(runner.step(plan.moveId(), null).allArrived());

        Long copy = new DomainPaths(target.domains(null)).find("Replicated-Lab");
        assertEquals(copy, target.agent(chosen.get(0).id(), null).agent().domainId(), "joined the lab's copy");
        assertNull(target.agent(chosen.get(1).id(), null).agent().domainId(), "joined the target domain, the root");
    }

    @Test
    void resumesAfterAKillBetweenStartingTheMoveAndRecordingIt() throws Exception {
        List<ScriptedAgent> chosen = register(2);
        MovePlan plan = plan(chosen, false);
        MoveJobRecord planned = journal.create(plan);
        MoveTicket ticket = target.moves().requestTicket(MoveRequests.ticket(plan), MoveRequests.ticketKey(
                plan.moveId()), null);
        journal.write(new MoveJobRecord(plan, MovePhase.TICKET_OBTAINED, ticket.ticketId(), false, Instant.now(),
                null, null, null));
        source.moves().start(MoveRequests.move(plan, ticket), null);
        assertEquals(MovePhase.TICKET_OBTAINED, journal.read(plan.moveId()).phase(), "killed before recording");

        try (ServerClient otherSource = client(sourceServer); ServerClient otherTarget = client(targetServer)) {
            MoveRunner restarted = new MoveRunner(journal, otherSource, otherTarget, Duration.ofMillis(50));
            MoveJobRecord resumed = restarted.step(plan.moveId(), null);
            assertEquals(MovePhase.STARTED, resumed.phase());
            assertEquals(ticket.ticketId(), resumed.ticketId(), "the same ticket");
            assertEquals(1, source.moves().list(null).stream().filter(m -> m.moveId().equals(plan.moveId())).count(),
                    "one move on the source");
            for (ScriptedAgent agent : chosen) {
                assertTrue(agent.heartbeatAndRelocate());
            }
            MoveJobRecord finished = restarted.run(plan.moveId(), null, null);
            assertTrue(finished.allArrived(), finished.toString());
        }
        assertEquals(planned.plan(), journal.read(plan.moveId()).plan(), "the plan never changes");
    }

    @Test
    void aRunStoppedByItsMonitorIsFollowedAgainByTheNextRun() throws Exception {
        List<ScriptedAgent> chosen = register(2);
        MovePlan plan = plan(chosen, false);
        journal.create(plan);
        NullProgressMonitor monitor = new NullProgressMonitor();
        MoveRunner runner = new MoveRunner(journal, source, target, Duration.ofMillis(50));

        assertThrows(OperationCanceledException.class, () -> runner.run(plan.moveId(), job -> {
            if (job.phase() == MovePhase.STARTED) {
                monitor.setCanceled(true);
            }
        }, monitor));

        assertEquals(MovePhase.STARTED, journal.read(plan.moveId()).phase(), "the journal keeps where it stood");
        for (ScriptedAgent agent : chosen) {
            assertTrue(agent.heartbeatAndRelocate());
        }
        List<MovePhase> seen = new ArrayList<>();
        MoveJobRecord finished = runner.run(plan.moveId(), job -> seen.add(job.phase()), null);
        assertTrue(finished.allArrived(), finished.toString());
        assertEquals(MovePhase.FINISHED, seen.get(seen.size() - 1));
    }

    @Test
    void cancellingLeavesAgentsNotYetRelocatedOnTheSource() throws Exception {
        List<ScriptedAgent> chosen = register(2);
        MovePlan plan = plan(chosen, false);
        journal.create(plan);
        MoveRunner runner = new MoveRunner(journal, source, target);
        MoveJobRecord started = runner.step(plan.moveId(), null);
        assertTrue(chosen.get(0).heartbeatAndRelocate(), "the first agent relocates");

        journal.requestCancel(plan.moveId());
        MoveJobRecord job = runner.step(plan.moveId(), null);
        for (int step = 0; step < 10 && !job.finished(); step++) {
            job = runner.step(plan.moveId(), null);
        }

        assertTrue(job.finished(), job.toString());
        assertTrue(job.cancelled());
        assertEquals(List.of(MoveItemProgress.ARRIVED, MoveItemProgress.CANCELLED), states(job));
        assertFalse(chosen.get(1).heartbeatAndRelocate(), "the second agent is not told to relocate");
        assertEquals(chosen.get(1).id(), source.agent(chosen.get(1).id(), null).agent().id(), "it stays");
        assertTrue(target.moves().ticket(started.ticketId(), null).revoked(), "nobody else can use the ticket");
    }

    @Test
    void cancellingAJobKilledBetweenStartingAndRecordingItCancelsTheMoveOnTheSource() throws Exception {
        List<ScriptedAgent> chosen = register(2);
        MovePlan plan = plan(chosen, false);
        journal.create(plan);
        MoveTicket ticket = target.moves().requestTicket(MoveRequests.ticket(plan), MoveRequests.ticketKey(
                plan.moveId()), null);
        journal.write(new MoveJobRecord(plan, MovePhase.TICKET_OBTAINED, ticket.ticketId(), false, Instant.now(),
                null, null, null));
        source.moves().start(MoveRequests.move(plan, ticket), null);

        journal.requestCancel(plan.moveId());
        MoveRunner runner = new MoveRunner(journal, source, target);
        MoveJobRecord job = runner.step(plan.moveId(), null);
        for (int step = 0; step < 10 && !job.finished(); step++) {
            job = runner.step(plan.moveId(), null);
        }

        assertTrue(job.finished() && job.cancelled(), job.toString());
        assertTrue(source.moves().progress(plan.moveId(), null).cancelled(), "the move on the source was cancelled");
        assertEquals(List.of(MoveItemProgress.CANCELLED, MoveItemProgress.CANCELLED), states(job));
        for (ScriptedAgent agent : chosen) {
            assertFalse(agent.heartbeatAndRelocate(), "no agent is told to relocate");
            assertEquals(agent.id(), source.agent(agent.id(), null).agent().id(), "each stays");
        }
    }

    @Test
    void resumingUnderAnotherAccountOnTheTargetKeepsTheTicketTheMoveRunsWith() throws Exception {
        List<ScriptedAgent> chosen = register(1);
        String name = "resumed-" + UUID.randomUUID().toString().substring(0, 8);
        Domain arrivals = target.createDomain(name, null, null);
        MovePlan plan = new MovePlanner(source, target).plan(new MovePlanRequest(
                chosen.stream().map(ScriptedAgent::id).toList(), name, 14, MoveRequest.WAIT, false, false, "test"),
                null);
        journal.create(plan);
        MoveTicket ticket = target.moves().requestTicket(MoveRequests.ticket(plan), MoveRequests.ticketKey(
                plan.moveId()), null);
        journal.write(new MoveJobRecord(plan, MovePhase.TICKET_OBTAINED, ticket.ticketId(), false, Instant.now(),
                null, null, null));
        source.moves().start(MoveRequests.move(plan, ticket), null); // ... and the process was killed before recording it
        String user = name + "-admin";
        String password = "resumer-password-" + plan.moveId();
        target.administration().createAccount(
                new AccountRequest(user, "administrator", password, List.of(Long.valueOf(arrivals.id()))), null);

        try (ServerClient asAnother = new ServerClient(ServerAddress.parse(targetServer.uri().toString()),
                new Credentials(user, password.toCharArray()),
                CertificateFingerprint.parse(targetServer.fingerprint()))) {
            MoveException refused = assertThrows(MoveException.class,
                    () -> new MoveRunner(journal, source, asAnother).step(plan.moveId(), null));
            assertTrue(refused.getMessage().contains(ticket.ticketId().toString()), refused.getMessage());
        }

        assertEquals(ticket.ticketId(), journal.read(plan.moveId()).ticketId(),
                "the journal keeps the ticket the move runs with");
        MoveJobRecord job = new MoveRunner(journal, source, target).step(plan.moveId(), null);
        assertEquals(MovePhase.STARTED, job.phase(), "the account that started it carries it on: " + job);
    }

    @Test
    void cancellingBeforeTheMoveStartedRevokesTheReservedTicket() throws Exception {
        List<ScriptedAgent> chosen = register(1);
        MovePlan plan = new MovePlanner(source, target).plan(new MovePlanRequest(
                chosen.stream().map(ScriptedAgent::id).toList(), null, 14, MoveRequest.WAIT, false, true, null), null);
        assertNotNull(plan.readiness().ticketId(), "the ticket was obtained at planning");
        assertEquals(MovePhase.TICKET_OBTAINED, journal.create(plan).phase());

        journal.requestCancel(plan.moveId());
        MoveJobRecord job = new MoveRunner(journal, source, target).step(plan.moveId(), null);

        assertEquals(MovePhase.FINISHED, job.phase());
        assertEquals(List.of(MoveItemProgress.CANCELLED), states(job));
        assertTrue(target.moves().ticket(plan.readiness().ticketId(), null).revoked());
        assertFalse(chosen.get(0).heartbeatAndRelocate());
    }

    @Test
    void pendingNotificationsStopTheMoveUntilThePlanCancelsThem() throws Exception {
        SourceComponents.update(source);
        List<ScriptedAgent> chosen = register(2);
        List<UUID> ids = chosen.stream().map(ScriptedAgent::id).toList();
        assertEquals(0, MovePlanner.pendingNotifications(source, ids, null));
        source.administration().componentUpdates().notifyAgents(
                new NotifyAgentsRequest(ids.subList(0, 1), null, null, Boolean.TRUE), null);
        assertEquals(1, MovePlanner.pendingNotifications(source, ids, null), "the queued notification is seen");
        assertEquals(0, MovePlanner.pendingNotifications(source, ids.subList(1, 2), null), "only for the first agent");
        MovePlan refusedPlan = plan(chosen, false);
        journal.create(refusedPlan);

        NotificationsPendingException refused = assertThrows(NotificationsPendingException.class,
                () -> new MoveRunner(journal, source, target).step(refusedPlan.moveId(), null));

        assertEquals(ids.subList(0, 1), refused.agentIds());
        MoveJobRecord kept = journal.read(refusedPlan.moveId());
        assertEquals(MovePhase.TICKET_OBTAINED, kept.phase());
        assertEquals(refused.getMessage(), kept.lastError());

        journal.requestCancel(refusedPlan.moveId());
        new MoveRunner(journal, source, target).step(refusedPlan.moveId(), null);
        MovePlan plan = plan(chosen, true);
        journal.create(plan);
        MoveJobRecord started = new MoveRunner(journal, source, target).step(plan.moveId(), null);
        assertEquals(MovePhase.STARTED, started.phase());
        assertEquals(List.of("moving", "moving"), states(started));
        assertEquals(0, MovePlanner.pendingNotifications(source, ids, null), "the move cancelled the notification");
    }

    @Test
    void aTicketReservedAtPlanningIsGivenBackWhenThePlanIsDropped() throws Exception {
        List<ScriptedAgent> chosen = register(1);
        MovePlanner planner = new MovePlanner(source, target);
        MovePlan plan = planner.plan(new MovePlanRequest(chosen.stream().map(ScriptedAgent::id).toList(), null, 14,
                MoveRequest.WAIT, false, true, null), null);
        assertNotNull(plan.readiness().ticketId(), "the ticket was obtained at planning");
        assertFalse(target.moves().ticket(plan.readiness().ticketId(), null).revoked());

        planner.releaseTicket(plan, null);

        assertTrue(target.moves().ticket(plan.readiness().ticketId(), null).revoked(), "the target expects nobody");
        planner.releaseTicket(plan, null);
        planner.releaseTicket(plan(chosen, false), null);
        assertFalse(chosen.get(0).heartbeatAndRelocate(), "the agent was never told to move");
    }

    @Test
    void aJobIsRunByOneRunnerAndOnlyAgainstThePlannedServers() throws Exception {
        List<ScriptedAgent> chosen = register(1);
        MovePlan plan = plan(chosen, false);
        journal.create(plan);

        try (JobLock lock = journal.lock(plan.moveId())) {
            assertThrows(JobLockedException.class,
                    () -> new MoveRunner(journal, source, target).step(plan.moveId(), null));
        }
        MoveException swapped = assertThrows(MoveException.class,
                () -> new MoveRunner(journal, target, source).step(plan.moveId(), null));
        assertTrue(swapped.getMessage().contains("run-target"), swapped.getMessage());
        assertEquals(MovePhase.PLANNED, journal.read(plan.moveId()).phase(), "nothing was sent");
        assertFalse(chosen.get(0).heartbeatAndRelocate());
    }
}
