package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentBatch;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.admin.CommandsQueued;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.UpdateAgentRequest;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.Application;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.Connectivity;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.InventoryReport;
import io.bulwark.protocol.agent.MachineRole;
import io.bulwark.protocol.agent.OperatingSystem;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.agent.ScanResult;

/**
 * The agent API and the administrators' agent API of one real server process started with an enrolment key, over HTTPS,
 * on H2 and on PostgreSQL. Each test makes its own agents (fresh GUIDs, its own host names and address range), so the
 * tests share the server without seeing each other's agents.
 */
class AgentApiTest {

    private static final String KEY = "enrol-me-7f3a";
    private static final String[] ENROL = {"Bulwark-Enrolment-Key", KEY};
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(20);

    @Nested
    class OnH2 extends AgentApiContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends AgentApiContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class AgentApiContract {

        private final Storage storage;
        private Path dataFolder;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;
        private AdminSession agent;

        AgentApiContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path folder) throws Exception {
            dataFolder = folder;
            database = TestDatabase.create(storage);
            server = ServerProcess.start(dataFolder, database, "--root-password", "agents-root-secret", "--enroll-key",
                    KEY);
            root = AdminSession.login(server, "root", "agents-root-secret");
            agent = AdminSession.anonymous(server);
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(agent, root, server, database);
        }

        private Registered register(Registration registration) throws Exception {
            AdminSession.Reply reply = AgentCalls.register(agent, registration, ENROL);
            assertEquals(200, reply.status(), reply.body());
            return reply.as(Registered.class);
        }

        private long createDomain(String name) throws Exception {
            AdminSession.Reply reply = root.post("/api/v1/domains", Map.of("name", name));
            assertEquals(201, reply.status(), reply.body());
            return reply.as(Domain.class).id();
        }

        private void groupRange(String range, long domainId) throws Exception {
            AdminSession.Reply reply = root.post("/api/v1/grouping-rules",
                    Map.of("ipRange", range, "domainId", Long.valueOf(domainId)));
            assertEquals(201, reply.status(), reply.body());
        }

        private long agentCount() throws Exception {
            return root.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue();
        }

        @Test
        void registeringAgainKeepsTheSameAgentAndTakesTheNewFacts() throws Exception {
            Registration first = AgentCalls.newAgent("reg-first", "10.41.0.1", 60_000, false);
            Registered answer = register(first);
            UUID serverId = root.get("/api/v1/server").as(ServerInfo.class).serverId();
            assertEquals(first.agentId(), answer.agentId());
            assertEquals(serverId, answer.serverId());
            assertNull(answer.domainId(), "no grouping rule matches, so the agent sits under the root");
            assertTrue(answer.settings() instanceof Map<?, ?> settings && "smart".equals(settings.get("scanMethod"))
                    && settings.get("scanSettings") != null,
                    "the agent receives its effective settings: "
                            + answer.settings());
            long count = agentCount();

            Registered again = register(new Registration(first.agentId(), "reg-renamed", "fd00:41::7", "14.1.0",
                    30_000, false, Map.of("virus_pattern", "19.400.00")));

            assertEquals(first.agentId(), again.agentId());
            assertEquals(count, agentCount(), "registering again adds no agent");
            AgentDetail detail = AgentCalls.detail(root, first.agentId());
            assertEquals("reg-renamed", detail.agent().hostName());
            assertEquals("fd00:41::7", detail.agent().ip());
            assertEquals("14.1.0", detail.agent().agentVersion());
            assertEquals(30_000, detail.heartbeatIntervalMillis());
            assertEquals(Map.of("virus_pattern", "19.400.00"), detail.componentVersions());
        }

        @Test
        void registrationNeedsTheEnrolmentKeyAndAWrongOneChangesNothing() throws Exception {
            Registration registration = AgentCalls.newAgent("enrol-refused", "10.42.0.1", 60_000, false);
            long count = agentCount();

            AdminSession.Reply missing = AgentCalls.register(agent, registration);
            AdminSession.Reply wrong = AgentCalls.register(agent, registration, "Bulwark-Enrolment-Key", "guess");

            for (AdminSession.Reply reply : List.of(missing, wrong)) {
                assertEquals(403, reply.status(), reply.body());
                assertEquals("enrolment_refused", reply.error().error());
            }
            assertEquals(count, agentCount());
            assertEquals(404, root.get("/api/v1/agents/" + registration.agentId()).status());
        }

        @Test
        void badRegistrationsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
            long count = agentCount();
            Map<String, Registration> bad = Map.of("heartbeatIntervalMillis",
                    AgentCalls.newAgent("bad-interval", "10.43.0.1", 50, false), "ip",
                    AgentCalls.newAgent("bad-ip", "10.43.0.0/16", 60_000, false), "hostName",
                    AgentCalls.newAgent("bad host", "10.43.0.2", 60_000, false));
            for (Map.Entry<String, Registration> entry : bad.entrySet()) {
                AdminSession.Reply reply = AgentCalls.register(agent, entry.getValue(), ENROL);
                assertEquals(400, reply.status(), reply.body());
                assertEquals("invalid_field", reply.error().error());
                assertEquals(entry.getKey(), reply.error().details().get("field"));
            }
            AdminSession.Reply notJson = agent.post("/agent/v1/register", "{\"agentId\":", ENROL);
            assertEquals(400, notJson.status(), notJson.body());
            assertEquals(count, agentCount());
        }

        @Test
        void heartbeatOfAnUnknownAgentAsksItToRegisterAgain() throws Exception {
            AdminSession.Reply reply = AgentCalls.heartbeat(agent, UUID.randomUUID(), false);

            assertEquals(404, reply.status(), reply.body());
            assertEquals("unknown_agent", reply.error().error());
        }

        @Test
        void agentIsOfflineAfterThreeMissedIntervalsAndOnlineWhenItBeatsAgain() throws Exception {
            Registration registration = AgentCalls.newAgent("silent-one", "10.44.0.1", 300, false);
            register(registration);
            UUID id = registration.agentId();
            assertEquals(200, AgentCalls.heartbeat(agent, id, false).status());

            Await.until("agent to go offline", STATUS_TIMEOUT, () -> AgentCalls.status(root, id), "offline"::equals);
            Instant lastSeen = AgentCalls.detail(root, id).agent().lastSeen();
            Instant offlineSeen = Instant.now();
            assertTrue(!offlineSeen.isBefore(lastSeen.plusMillis(3 * 300)),
                    "offline only after three missed intervals: last seen " + lastSeen + ", offline at " + offlineSeen);

            Await.until("agent to come back online", STATUS_TIMEOUT, () -> {
                assertEquals(200, AgentCalls.heartbeat(agent, id, false).status());
                return AgentCalls.status(root, id);
            }, "online"::equals);
        }

        @Test
        void roamingIsReportedAsRoamingUntilTheAgentIsBack() throws Exception {
            Registration registration = AgentCalls.newAgent("roamer", "10.45.0.1", 60_000, true);
            register(registration);
            UUID id = registration.agentId();
            assertEquals("roaming", AgentCalls.status(root, id));
            assertTrue(AgentCalls.detail(root, id).roaming());

            assertEquals(200, AgentCalls.heartbeat(agent, id, false).status());

            Await.until("agent to be online", STATUS_TIMEOUT, () -> AgentCalls.status(root, id), "online"::equals);
            assertFalse(AgentCalls.detail(root, id).roaming());
        }

        @Test
        void inventoryIsStoredServedInTheDetailAndSearchable() throws Exception {
            Registration registration = AgentCalls.newAgent("inv-dc01", "10.46.0.1", 60_000, false);
            register(registration);
            Inventory inventory = new Inventory(Inventory.SERVER, new OperatingSystem("Windows Server 2019", "1809"),
                    List.of(new Application("Active Directory Domain Services", "10.0", "Microsoft")),
                    new MachineRole(List.of(MachineRole.DOMAIN_CONTROLLER), List.of("pdc_emulator", "rid_master"),
                            true),
                    new Connectivity(Connectivity.SLOW_LINK, Integer.valueOf(154)), List.of("KB5034127"),
                    List.of("KB5034768", "KB5035849"), Instant.parse("2026-11-20T10:00:00Z"));

            AdminSession.Reply reply = agent.post("/agent/v1/inventory",
                    new InventoryReport(registration.agentId(), inventory));

            assertEquals(204, reply.status(), reply.body());
            AgentDetail detail = AgentCalls.detail(root, registration.agentId());
            assertEquals(inventory, detail.inventory());
            assertNotNull(detail.inventoryReportedAt());
            assertEquals("Windows Server 2019 1809", detail.agent().os());
            AgentPage found = root.get("/api/v1/agents?q=WINDOWS%20SERVER%202019&limit=1000").as(AgentPage.class);
            assertTrue(found.items().stream().anyMatch(a -> a.id().equals(registration.agentId())), found.toString());
        }

        @Test
        void badInventoryIsRefusedAndTheStoredOneStays() throws Exception {
            Registration registration = AgentCalls.newAgent("inv-bad", "10.47.0.1", 60_000, false);
            register(registration);
            Inventory claimsFsmoWithoutBeingADomainController = new Inventory(Inventory.DESKTOP,
                    new OperatingSystem("Windows 11 Enterprise", "23H2"), List.of(),
                    new MachineRole(List.of(MachineRole.WORKSTATION), List.of("schema_master"), false), null,
                    List.of(), List.of(), null);

            AdminSession.Reply reply = agent.post("/agent/v1/inventory",
                    new InventoryReport(registration.agentId(), claimsFsmoWithoutBeingADomainController));

            assertEquals(400, reply.status(), reply.body());
            assertEquals("inventory.role.fsmoRoles", reply.error().details().get("field"));
            assertNull(AgentCalls.detail(root, registration.agentId()).inventory());
            AdminSession.Reply unknown = agent.post("/agent/v1/inventory",
                    new InventoryReport(UUID.randomUUID(), claimsFsmoWithoutBeingADomainController));
            assertEquals(400, unknown.status(), "checked before the agent is looked up: " + unknown.body());
        }

        @Test
        void groupingRulePlacesAnArrivingAgent() throws Exception {
            long domain = createDomain("Arrivals");
            groupRange("10.77.0.0/16", domain);

            Registration registration = AgentCalls.newAgent("arriving", "10.77.3.4", 60_000, false);
            Registered answer = register(registration);

            assertEquals(Long.valueOf(domain), answer.domainId());
            AgentPage inDomain = root.get("/api/v1/agents?domain=" + domain).as(AgentPage.class);
            assertEquals(List.of(registration.agentId()), inDomain.items().stream().map(AgentSummary::id).toList());
        }

        @Test
        void pagingWithCursorsReturnsEachMatchingAgentExactlyOnce() throws Exception {
            long domain = createDomain("Paged");
            groupRange("10.88.0.0/16", domain);
            Set<UUID> all = new HashSet<>();
            Set<UUID> roaming = new HashSet<>();
            for (int i = 0; i < 45; i++) {
                // Host names out of order and with duplicates, so the order is by name, then id.
                String host = "page-" + (i * 37 % 45 / 2);
                Registration registration = AgentCalls.newAgent(host, "10.88.1." + (i + 1), 60_000, i % 4 == 0);
                register(registration);
                all.add(registration.agentId());
                if (i % 4 == 0) {
                    roaming.add(registration.agentId());
                }
            }
            register(AgentCalls.newAgent("page-elsewhere", "10.89.0.1", 60_000, false));

            assertEquals(all, pageThrough("domain=" + domain, 7));
            assertEquals(roaming, pageThrough("domain=" + domain + "&status=roaming", 4));
            assertEquals(all, pageThrough("q=PAGE-&domain=" + domain, 1000));
            assertEquals(Set.of(), pageThrough("domain=" + domain + "&q=no-such-host", 5));

            AdminSession.Reply garbage = root.get("/api/v1/agents?cursor=not-a-cursor");
            assertEquals(400, garbage.status(), garbage.body());
            assertEquals("cursor", garbage.error().details().get("field"));
            for (String bad : List.of("status=sleeping", "domain=nowhere", "limit=0", "limit=1001",
                    "domain=987654")) {
                assertEquals(400, root.get("/api/v1/agents?" + bad).status(), bad);
            }
        }

        private Set<UUID> pageThrough(String filter, int limit) throws Exception {
            List<UUID> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                String query = filter + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
                AdminSession.Reply reply = root.get("/api/v1/agents?" + query);
                assertEquals(200, reply.status(), reply.body());
                AgentPage page = reply.as(AgentPage.class);
                assertTrue(page.items().size() <= limit);
                page.items().forEach(item -> seen.add(item.id()));
                cursor = page.next();
                assertTrue(++pages < 100, "paging ends");
            } while (cursor != null);
            Set<UUID> unique = new HashSet<>(seen);
            assertEquals(seen.size(), unique.size(), "no agent twice: " + seen);
            return unique;
        }

        @Test
        void ndjsonStreamsEveryMatchingAgent() throws Exception {
            long domain = createDomain("Streamed");
            groupRange("10.90.0.0/16", domain);
            Set<UUID> registered = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                Registration registration = AgentCalls.newAgent("stream-" + i, "10.90.0." + (i + 1), 60_000, false);
                register(registration);
                registered.add(registration.agentId());
            }

            AdminSession.Reply reply = root.send("GET", "/api/v1/agents?domain=" + domain, null, "Accept",
                    "application/x-ndjson");

            assertEquals(200, reply.status(), reply.body());
            assertEquals("application/x-ndjson", reply.header("Content-Type").orElseThrow());
            Set<UUID> streamed = new HashSet<>();
            String[] lines = reply.body().split("\n");
            for (String line : lines) {
                streamed.add(AdminSession.JSON.read(line.getBytes(StandardCharsets.UTF_8),
                        AgentSummary.class).id());
            }
            assertEquals(30, lines.length);
            assertTrue(reply.body().endsWith("\n"), "every line, the last too, ends with a line feed");
            assertEquals(registered, streamed);
        }

        @Test
        void movesStayWithinTheCallersScopeForSourceAndTarget() throws Exception {
            long a = createDomain("Scope A");
            long b = createDomain("Scope B");
            long c = createDomain("Scope C");
            groupRange("10.91.1.0/24", a);
            groupRange("10.91.3.0/24", c);
            UUID inA = register(AgentCalls.newAgent("move-a", "10.91.1.1", 60_000, false)).agentId();
            UUID inC = register(AgentCalls.newAgent("move-c", "10.91.3.1", 60_000, false)).agentId();
            AdminSession.Reply created = root.post("/api/v1/accounts", Map.of("user", "scoped-mover", "role",
                    "administrator", "password", "scoped-secret", "domainIds", List.of(a, b)));
            assertEquals(201, created.status(), created.body());
            assertEquals(201, root.post("/api/v1/accounts", Map.of("user", "looker", "role", "operator", "password",
                    "looker-secret")).status());

            try (AdminSession scoped = AdminSession.login(server, "scoped-mover", "scoped-secret");
                    AdminSession operator = AdminSession.login(server, "looker", "looker-secret")) {
                AdminSession.Reply moved = scoped.post("/api/v1/agents/move",
                        new AgentMoveRequest(List.of(inA), Long.valueOf(b)));
                assertEquals(200, moved.status(), moved.body());
                assertEquals(Long.valueOf(b), moved.as(AgentBatch.class).agents().getFirst().domainId());

                assertForbidden(scoped.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inC), a)),
                        "source outside the scope");
                assertForbidden(scoped.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inA), c)),
                        "target outside the scope");
                assertForbidden(scoped.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inA, inC), b)),
                        "one agent outside the scope");
                assertForbidden(scoped.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inA), null)),
                        "the root is outside the scope");
                assertForbidden(operator.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inA), a)),
                        "an operator changes nothing");
            }
            assertEquals(Long.valueOf(b), AgentCalls.detail(root, inA).agent().domainId());
            assertEquals(Long.valueOf(c), AgentCalls.detail(root, inC).agent().domainId());

            AdminSession.Reply unknown = root.post("/api/v1/agents/move",
                    new AgentMoveRequest(List.of(inC, UUID.randomUUID()), a));
            assertEquals(400, unknown.status(), unknown.body());
            assertEquals("agentIds[1]", unknown.error().details().get("field"));
            assertEquals(Long.valueOf(c), AgentCalls.detail(root, inC).agent().domainId(), "all or nothing");

            AdminSession.Reply toRoot = root.post("/api/v1/agents/move", new AgentMoveRequest(List.of(inA, inC), null),
                    "Idempotency-Key", "move-both-to-root");
            assertEquals(200, toRoot.status(), toRoot.body());
            assertNull(AgentCalls.detail(root, inA).agent().domainId());
            assertNull(AgentCalls.detail(root, inC).agent().domainId());
        }

        private static void assertForbidden(AdminSession.Reply reply, String why) {
            assertEquals(403, reply.status(), why + ": " + reply.body());
            assertEquals("forbidden", reply.error().error(), why);
        }

        @Test
        void updateAgentsAreMarkedAndUnmarked() throws Exception {
            UUID id = register(AgentCalls.newAgent("update-agent", "10.92.0.1", 60_000, false)).agentId();

            AdminSession.Reply marked = root.post("/api/v1/agents/update-agents",
                    new UpdateAgentRequest(List.of(id), Boolean.TRUE));

            assertEquals(200, marked.status(), marked.body());
            assertTrue(AgentCalls.detail(root, id).agent().updateAgent());
            assertEquals(400, root.post("/api/v1/agents/update-agents", new UpdateAgentRequest(List.of(id), null))
                    .status());
            assertEquals(200, root.post("/api/v1/agents/update-agents",
                    new UpdateAgentRequest(List.of(id), Boolean.FALSE)).status());
            assertFalse(AgentCalls.detail(root, id).agent().updateAgent());
        }

        @Test
        void scanNowIsDeliveredOnTheNextHeartbeatAndItsResultRecorded() throws Exception {
            UUID id = register(AgentCalls.newAgent("scan-me", "10.93.0.1", 60_000, false)).agentId();

            AdminSession.Reply queued = root.post("/api/v1/agents/scan-now", new AgentSelection(List.of(id)));

            assertEquals(202, queued.status(), queued.body());
            CommandSummary command = queued.as(CommandsQueued.class).commands().getFirst();
            assertEquals("scan_now", command.kind());
            assertEquals(1, AgentCalls.detail(root, id).pendingCommands());

            AdminSession.Reply beat = AgentCalls.heartbeat(agent, id, false);
            assertEquals(200, beat.status(), beat.body());
            AgentCommand delivered = beat.as(HeartbeatReply.class).commands().getFirst();
            assertEquals(command.id(), delivered.id());
            assertEquals(AgentCommand.SCAN_NOW, delivered.kind());
            assertEquals("root", delivered.scanNow().requestedBy());
            assertEquals(List.of(), AgentCalls.heartbeat(agent, id, false).as(HeartbeatReply.class).commands(),
                    "a command is delivered once");

            CommandResult result = new CommandResult(id, command.id(), true, "Scan finished",
                    new ScanResult(123_456, 2, "quarantine", 4_200), null);
            assertEquals(204, agent.post("/agent/v1/results", result).status());
            assertEquals(204, agent.post("/agent/v1/results", result).status(), "a repeated report is harmless");
            AdminSession.Reply foreign = agent.post("/agent/v1/results",
                    new CommandResult(id, command.id() + 100_000, true, null, null, null));
            assertEquals(404, foreign.status(), foreign.body());

            AgentDetail detail = AgentCalls.detail(root, id);
            assertEquals(0, detail.pendingCommands());
            CommandSummary done = detail.recentCommands().getFirst();
            assertEquals("succeeded", done.state());
            assertEquals(Map.of("filesScanned", 123_456, "threatsFound", 2, "actionTaken", "quarantine",
                    "durationMillis", 4_200), ((Map<?, ?>) done.result()).get("scanResult"));
        }

        @Test
        void serverInfoCountsAgentsByStatus() throws Exception {
            register(AgentCalls.newAgent("counted-roamer", "10.94.0.1", 60_000, true));

            ServerInfo info = root.get("/api/v1/server").as(ServerInfo.class);

            assertNotNull(info.agentsByStatus());
            assertEquals(info.agentCount().longValue(), info.agentsByStatus().total());
            assertTrue(info.agentsByStatus().roaming() >= 1, info.toString());
            try (AdminSession anonymous = AdminSession.anonymous(server)) {
                assertNull(anonymous.get("/api/v1/server").as(ServerInfo.class).agentsByStatus(),
                        "counts are for logged-in callers only");
            }
        }

        @Test
        @Order(Integer.MAX_VALUE)
        void agentsTheirDomainsInventoriesAndQueuedCommandsSurviveKill9() throws Exception {
            long domain = createDomain("Kept");
            Registration first = AgentCalls.newAgent("kept-ws-1", "10.60.0.1", 60_000, false);
            Registration second = AgentCalls.newAgent("kept-srv-2", "10.60.0.2", 60_000, true);
            register(first);
            register(second);
            Inventory inventory = new Inventory(Inventory.DESKTOP, new OperatingSystem("Windows 10 Enterprise", "22H2"),
                    List.of(), new MachineRole(List.of(MachineRole.WORKSTATION), List.of(), false),
                    new Connectivity(Connectivity.LAN, null), List.of("KB5034122"), List.of(), Instant.now());
            assertEquals(204,
                    agent.post("/agent/v1/inventory", new InventoryReport(first.agentId(), inventory)).status());
            assertEquals(200, root.post("/api/v1/agents/move",
                    new AgentMoveRequest(List.of(second.agentId()), Long.valueOf(domain))).status());
            assertEquals(202,
                    root.post("/api/v1/agents/scan-now", new AgentSelection(List.of(first.agentId()))).status());
            long count = agentCount();

            server.kill();
            root.close();
            agent.close();
            server = ServerProcess.start(dataFolder, database);
            root = AdminSession.login(server, "root", "agents-root-secret");
            agent = AdminSession.anonymous(server);

            assertEquals(count, agentCount());
            AgentDetail kept = AgentCalls.detail(root, first.agentId());
            assertEquals("kept-ws-1", kept.agent().hostName());
            assertEquals(inventory, kept.inventory());
            assertEquals(1, kept.pendingCommands());
            AgentDetail moved = AgentCalls.detail(root, second.agentId());
            assertEquals(Long.valueOf(domain), moved.agent().domainId());
            assertEquals("roaming", moved.agent().status());
            AdminSession.Reply beat = AgentCalls.heartbeat(agent, first.agentId(), false);
            assertEquals(200, beat.status(), "known without registering again: " + beat.body());
            List<AgentCommand> commands = beat.as(HeartbeatReply.class).commands();
            assertEquals(List.of(AgentCommand.SCAN_NOW), commands.stream().map(AgentCommand::kind).toList());
            assertNotNull(commands.getFirst().scanNow());
        }
    }
}
