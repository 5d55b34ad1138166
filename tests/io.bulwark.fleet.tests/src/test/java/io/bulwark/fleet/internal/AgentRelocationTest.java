package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.server.tests.AdminSession;
import io.bulwark.server.tests.AgentCalls;
import io.bulwark.server.tests.Fixtures;
import io.bulwark.server.tests.ServerProcess;

/**
 * A simulated agent moved between two real server processes, its ticks driven by the test instead of the fleet's
 * scheduler, so that what one tick does is seen apart from the next: the tick whose heartbeat hands the agent its
 * relocate command carries the relocation through and ends with the agent's first heartbeat at its new home, so the
 * target lists the agent without waiting for the next interval.
 */
class AgentRelocationTest {

    private static final String PASSWORD = "relocation-root-secret";
    private static final long TICK_SECONDS = 60;
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path temp;

    @Test
    void theTickThatRelocatesAnAgentAlsoHeartbeatsItsNewHome() throws Exception {
        ServerProcess source = ServerProcess.start(temp.resolve("source"), "--root-password", PASSWORD);
        ServerProcess target = null;
        AdminSession atSource = null;
        AdminSession atTarget = null;
        Fleet fleet = null;
        try {
            target = ServerProcess.start(temp.resolve("target"), "--root-password", PASSWORD);
            atSource = AdminSession.login(source, "root", PASSWORD);
            atTarget = AdminSession.login(target, "root", PASSWORD);
            // An interval far longer than the test: no tick but the test's own could matter.
            fleet = new Fleet(new Fleet.Settings(source.uri(), 1, 3_600_000, 0, 0,
                    CertificateFingerprint.parse(source.fingerprint()), null),
                    new AgentRoster(41, List.of()).grownTo(1),
                    FleetState.open(temp.resolve("fleet")), new PrintStream(OutputStream.nullOutputStream()),
                    message -> fail("the source refused to enrol the agent: " + message));
            fleet.writer().start();
            SimulatedAgent agent = fleet.agents().get(0);
            UUID id = agent.guid();

            agent.tick().get(TICK_SECONDS, TimeUnit.SECONDS);
            assertTrue(agent.registered(), "the first tick registers the agent");
            assertEquals(200, atSource.get("/api/v1/agents/" + id).status());

            UUID sourceId = atSource.get("/api/v1/server").as(ServerInfo.class).serverId();
            UUID targetId = atTarget.get("/api/v1/server").as(ServerInfo.class).serverId();
            Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            AdminSession.Reply ticket = atTarget.post("/api/v1/move-tickets",
                    new MoveTicketRequest(sourceId, List.of(id), null, deadline));
            assertEquals(201, ticket.status(), ticket.body());
            MoveTarget moveTarget = new MoveTarget(targetId, target.uri().getHost(), target.uri().getPort(),
                    target.fingerprint());
            AdminSession.Reply move = atSource.post("/api/v1/moves", new MoveRequest(UUID.randomUUID(), List.of(id),
                    moveTarget, ticket.as(MoveTicket.class).token(), ticket.as(MoveTicket.class).sourceToken(),
                    deadline, MoveRequest.WAIT, false));
            assertEquals(201, move.status(), move.body());

            agent.tick().get(TICK_SECONDS, TimeUnit.SECONDS);

            assertEquals(targetId, agent.home().serverId(), "the agent's home is the target");
            assertEquals(404, atSource.get("/api/v1/agents/" + id).status(), "the source forgot the agent");
            assertEquals(200, atTarget.get("/api/v1/agents/" + id).status(),
                    "the target lists the agent after the same tick: its record is no longer provisional");
        } finally {
            Fixtures.closeAll(fleet, atSource, atTarget, source, target);
        }
    }

    /**
     * The source accepted the agent's receipt and forgot it, but the fleet was killed before it recorded the new home:
     * started again after the move's deadline, the agent hands the receipt in again, the source confirms, and the agent
     * goes to the target, instead of giving up for the deadline and registering anew at a source that forgot it.
     */
    @Test
    void anAgentHoldingAReceiptHandsItInAgainAfterTheDeadline() throws Exception {
        ServerProcess source = ServerProcess.start(temp.resolve("source"), "--root-password", PASSWORD);
        ServerProcess target = null;
        AdminSession atSource = null;
        AdminSession atTarget = null;
        AdminSession asAgentAtSource = null;
        AdminSession asAgentAtTarget = null;
        Fleet restarted = null;
        try {
            target = ServerProcess.start(temp.resolve("target"), "--root-password", PASSWORD);
            atSource = AdminSession.login(source, "root", PASSWORD);
            atTarget = AdminSession.login(target, "root", PASSWORD);
            asAgentAtSource = AdminSession.anonymous(source);
            asAgentAtTarget = AdminSession.anonymous(target);
            Path state = temp.resolve("fleet");
            Fleet.Settings settings = new Fleet.Settings(source.uri(), 1, 3_600_000, 0, 0,
                    CertificateFingerprint.parse(source.fingerprint()), null);
            UUID id;
            Registration registration;
            try (Fleet first = new Fleet(settings, new AgentRoster(43, List.of()).grownTo(1), FleetState.open(state),
                    QUIET, message -> fail("the source refused to enrol the agent: " + message))) {
                first.writer().start();
                SimulatedAgent agent = first.agents().get(0);
                agent.tick().get(TICK_SECONDS, TimeUnit.SECONDS);
                assertTrue(agent.registered(), "the first tick registers the agent");
                id = agent.guid();
                registration = agent.registration();
            }

            // The agent's steps, taken by the test for it, up to the source's 200 to the receipt.
            UUID sourceId = atSource.get("/api/v1/server").as(ServerInfo.class).serverId();
            UUID targetId = atTarget.get("/api/v1/server").as(ServerInfo.class).serverId();
            Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
            MoveTicket ticket = atTarget.post("/api/v1/move-tickets",
                    new MoveTicketRequest(sourceId, List.of(id), null, deadline)).as(MoveTicket.class);
            MoveTarget moveTarget = new MoveTarget(targetId, target.uri().getHost(), target.uri().getPort(),
                    target.fingerprint());
            AdminSession.Reply move = atSource.post("/api/v1/moves", new MoveRequest(UUID.randomUUID(), List.of(id),
                    moveTarget, ticket.token(), ticket.sourceToken(), deadline, MoveRequest.WAIT, false));
            assertEquals(201, move.status(), move.body());
            AgentCommand relocate = AgentCalls.heartbeat(asAgentAtSource, id, false).as(HeartbeatReply.class)
                    .commands().stream().filter(command -> command.relocate() != null).findFirst().orElseThrow();
            MoveReceipt receipt = asAgentAtTarget.post("/agent/v1/arrivals",
                    new Arrival(registration, relocate.relocate().ticket(), sourceId)).as(Arrived.class).receipt();
            assertEquals(200, asAgentAtSource.post("/agent/v1/departures", receipt).status());
            assertEquals(404, atSource.get("/api/v1/agents/" + id).status(), "the source forgot the agent");
            // ... and the fleet was killed before it recorded the source's answer.
            try (RelocationJournal journal = RelocationJournal.open(state)) {
                journal.append(List.of(new RelocationRecord(id,
                        new PendingRelocation(relocate.id(), relocate.relocate(), receipt, null), null)));
            }
            while (!Instant.now().isAfter(deadline)) {
                Thread.sleep(100);
            }

            restarted = new Fleet(settings, FleetState.open(state).roster().orElseThrow(), FleetState.open(state),
                    QUIET, message -> fail("the source refused to enrol the agent: " + message));
            restarted.writer().start();
            SimulatedAgent agent = restarted.agents().get(0);
            agent.tick().get(TICK_SECONDS, TimeUnit.SECONDS);
            agent.tick().get(TICK_SECONDS, TimeUnit.SECONDS);

            assertEquals(targetId, agent.home().serverId(), "the agent's home is the target");
            assertEquals(404, atSource.get("/api/v1/agents/" + id).status(), "the source did not take the agent back");
            assertEquals(200, atTarget.get("/api/v1/agents/" + id).status(), "the target lists the agent");
        } finally {
            Fixtures.closeAll(restarted, asAgentAtSource, asAgentAtTarget, atSource, atTarget, source, target);
        }
    }
}
