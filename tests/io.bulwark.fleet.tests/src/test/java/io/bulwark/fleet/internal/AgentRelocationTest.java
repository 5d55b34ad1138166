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
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.server.tests.AdminSession;
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
}
