package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;

/**
 * Two real server processes on the given storage, a source and a target, each with a root session and an anonymous
 * session for the agents' calls: what the move test classes share. The test plays the agents by posting the real
 * protocol's requests. The servers give a relocating agent one second to hand in its receipt, so timeouts are short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MoveServersContract {

    static final String ROOT_PASSWORD = "moves-root-secret";
    static final Duration WAIT = Duration.ofSeconds(20);

    private final Storage storage;
    Path folder;
    TestDatabase sourceDatabase;
    TestDatabase targetDatabase;
    ServerProcess source;
    ServerProcess target;
    AdminSession sourceRoot;
    AdminSession targetRoot;
    AdminSession sourceAgent;
    AdminSession targetAgent;
    UUID sourceId;
    UUID targetId;

    MoveServersContract(Storage storage) {
        this.storage = storage;
    }

    @BeforeAll
    void startServers(@TempDir Path temporary) throws Exception {
        folder = temporary;
        sourceDatabase = TestDatabase.create(storage);
        targetDatabase = TestDatabase.create(storage);
        startSource();
        target = start(folder.resolve("target"), targetDatabase);
        targetRoot = AdminSession.login(target, "root", ROOT_PASSWORD);
        targetAgent = AdminSession.anonymous(target);
        targetId = targetRoot.get("/api/v1/server").as(ServerInfo.class).serverId();
    }

    void startSource() throws Exception {
        source = start(folder.resolve("source"), sourceDatabase, "--simulated-update-source");
        sourceRoot = AdminSession.login(source, "root", ROOT_PASSWORD);
        sourceAgent = AdminSession.anonymous(source);
        sourceId = sourceRoot.get("/api/v1/server").as(ServerInfo.class).serverId();
    }

    /** Ends the source's process with {@code kill -9}, as a crash would. */
    void killSource() throws Exception {
        Fixtures.closeAll(sourceAgent, sourceRoot);
        source.kill();
    }

    private static ServerProcess start(Path data, TestDatabase database, String... extra) throws Exception {
        Files.createDirectories(data);
        List<String> args = new java.util.ArrayList<>(
                List.of("--root-password", ROOT_PASSWORD, "--relocate-timeout-floor", "1"));
        args.addAll(List.of(extra));
        return ServerProcess.start(data, database, args.toArray(String[]::new));
    }

    @AfterAll
    void stopServers() throws Exception {
        Fixtures.closeAll(sourceAgent, sourceRoot, targetAgent, targetRoot, source, target, sourceDatabase,
                targetDatabase);
    }

    Registration onlineAgent(String hostName, String ip) throws Exception {
        return registered(AgentCalls.newAgent(hostName, ip, 60_000, false));
    }

    Registration registered(Registration registration) throws Exception {
        AdminSession.Reply reply = AgentCalls.register(sourceAgent, registration);
        assertEquals(200, reply.status(), reply.body());
        return registration;
    }

    /** Registers an agent with a short interval and waits until it is offline. */
    Registration offlineAgent(String hostName, String ip) throws Exception {
        Registration registration = registered(AgentCalls.newAgent(hostName, ip, 100, false));
        Await.until(hostName + " to go offline", WAIT, () -> AgentCalls.status(sourceRoot, registration.agentId()),
                "offline"::equals);
        return registration;
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant inMillis(long millis) {
        return Instant.now().plusMillis(millis).truncatedTo(ChronoUnit.MILLIS);
    }

    MoveTicket ticket(List<UUID> agentIds, Instant deadline) throws Exception {
        AdminSession.Reply reply = checked(
                targetRoot.post("/api/v1/move-tickets", new MoveTicketRequest(sourceId, agentIds, null, deadline)));
        assertEquals(201, reply.status(), reply.body());
        return reply.as(MoveTicket.class);
    }

    MoveTicketStatus ticketStatus(UUID ticketId) throws Exception {
        AdminSession.Reply reply = checked(targetRoot.get("/api/v1/move-tickets/" + ticketId));
        assertEquals(200, reply.status(), reply.body());
        return reply.as(MoveTicketStatus.class);
    }

    String ticketState(UUID ticketId, UUID agentId) throws Exception {
        return ticketStatus(ticketId).agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst()
                .orElseThrow().state();
    }

    /**
     * Asserts that a receipt answered again proves what the first one proved: the same members, and a signature of the
     * target that verifies. The target stores receipts unsigned and signs each answer, in a batch of its own.
     */
    void assertSameReceipt(MoveReceipt first, MoveReceipt again, String message) throws Exception {
        assertArrayEquals(first.signedText(), again.signedText(), message);
        assertEquals(first.certificate(), again.certificate(), message);
        MoveReceipts.verify(again, CertificateFingerprint.parse(target.fingerprint()));
    }

    MoveTarget moveTarget() {
        return new MoveTarget(targetId, "127.0.0.1", target.uri().getPort(), target.fingerprint());
    }

    MoveRequest request(List<UUID> agentIds, MoveTicket ticket, String offlineAgents) {
        return new MoveRequest(UUID.randomUUID(), agentIds, moveTarget(), ticket.token(), ticket.sourceToken(),
                ticket.deadline(),
                offlineAgents, false);
    }

    MoveProgress startMove(MoveRequest request) throws Exception {
        AdminSession.Reply reply = checked(sourceRoot.post("/api/v1/moves", request));
        assertEquals(201, reply.status(), reply.body());
        return reply.as(MoveProgress.class);
    }

    MoveProgress progress(UUID moveId) throws Exception {
        AdminSession.Reply reply = checked(sourceRoot.get("/api/v1/moves/" + moveId));
        assertEquals(200, reply.status(), reply.body());
        return reply.as(MoveProgress.class);
    }

    MoveItemProgress item(UUID moveId, UUID agentId) throws Exception {
        return progress(moveId).items().stream().filter(i -> i.agentId().equals(agentId)).findFirst().orElseThrow();
    }

    void awaitItem(UUID moveId, UUID agentId, String state) throws Exception {
        Await.until("agent " + agentId + " to be " + state, WAIT, () -> item(moveId, agentId).state(), state::equals);
    }

    /** Heartbeats the source once and returns the relocate command it hands out, if any. */
    Optional<AgentCommand> heartbeatForRelocate(UUID agentId, boolean roaming) throws Exception {
        AdminSession.Reply reply = checked(AgentCalls.heartbeat(sourceAgent, agentId, roaming));
        assertEquals(200, reply.status(), reply.body());
        return reply.as(HeartbeatReply.class).commands().stream().filter(c -> "relocate".equals(c.kind()))
                .findFirst();
    }

    AgentCommand relocateCommand(UUID agentId) throws Exception {
        return Await.until("agent " + agentId + " to get its relocate command", WAIT,
                () -> heartbeatForRelocate(agentId, false), Optional::isPresent).orElseThrow();
    }

    AdminSession.Reply arrive(Registration registration, String token, UUID from) throws Exception {
        return checked(targetAgent.post("/agent/v1/arrivals", new Arrival(registration, token, from)));
    }

    AdminSession.Reply depart(MoveReceipt receipt) throws Exception {
        return checked(sourceAgent.post("/agent/v1/departures", receipt));
    }

    /** Checks a reply against the API contract. */
    static AdminSession.Reply checked(AdminSession.Reply reply) {
        ContractCheck.shared().check(reply);
        return reply;
    }

    static void assertRefused(AdminSession.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.error().error(), reply.body());
    }

    static void assertInvalid(AdminSession.Reply reply, String field) {
        assertRefused(reply, 400, "invalid_field");
        assertEquals(field, reply.error().details().get("field"), reply.body());
    }

    boolean owns(AdminSession root, UUID agentId) throws Exception {
        int status = root.get("/api/v1/agents/" + agentId).status();
        assertTrue(status == 200 || status == 404, "agent lookup answered " + status);
        return status == 200;
    }
}
