package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentBatch;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.UpdateAgentRequest;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.Connectivity;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.InventoryReport;
import io.bulwark.protocol.agent.MachineRole;
import io.bulwark.protocol.agent.OperatingSystem;
import io.bulwark.protocol.agent.Registration;

/**
 * The administrators' agent API of one real server process started with an enrolment key, over HTTPS, on H2 and on
 * PostgreSQL: the agent list with its filters, cursors and NDJSON stream, moves between domains, update agents, the
 * agent counts, and what survives a kill (fault injection: the slow pass). Each test makes its own agents (fresh GUIDs,
 * its own host names and address range), so the tests share the server without seeing each other's agents.
 */
class AgentAdministrationTest {

    @Nested
    class OnH2 extends AgentAdministrationContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends AgentAdministrationContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class AgentAdministrationContract extends AgentServerContract {

        AgentAdministrationContract(Storage storage) {
            super(storage);
        }

        @Test
        void aMovedAgentIsAnsweredAndPublishedWithTheTimeItWasLastHeardFrom() throws Exception {
            long domain = createDomain("Heard");
            Registration heard = AgentCalls.newAgent("heard-ws-1", "10.61.0.1", 60_000, false);
            register(heard);
            Instant registered = AgentCalls.detail(root, heard.agentId()).agent().lastSeen();
            // The time last heard from is written to the database behind the heartbeats (every 30 s).
            Instant lastHeard = Await.until("a heartbeat heard after the registration", Duration.ofSeconds(20), () -> {
                assertEquals(200, AgentCalls.heartbeat(agent, heard.agentId(), false).status());
                return AgentCalls.detail(root, heard.agentId()).agent().lastSeen();
            }, at -> at.isAfter(registered));

            AdminSession.Reply moved = root.post("/api/v1/agents/move",
                    new AgentMoveRequest(List.of(heard.agentId()), Long.valueOf(domain)));

            assertEquals(200, moved.status(), moved.body());
            assertEquals(lastHeard, moved.as(AgentBatch.class).agents().get(0).lastSeen(),
                    "the time it was last heard from, which its agent.moved event carries too, not an older one");
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
        @Tag("slow")
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
            root = AdminSession.login(server, "root", ROOT_PASSWORD);
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
