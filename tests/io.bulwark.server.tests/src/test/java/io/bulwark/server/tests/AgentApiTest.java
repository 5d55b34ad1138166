package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.admin.CommandsQueued;
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
 * The agent API of one real server process started with an enrolment key, over HTTPS, on H2 and on PostgreSQL:
 * registration, heartbeats and status, inventory reports and command results. Each test makes its own agents (fresh
 * GUIDs, its own host names and address range), so the tests share the server without seeing each other's agents.
 */
class AgentApiTest {

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
    abstract static class AgentApiContract extends AgentServerContract {

        AgentApiContract(Storage storage) {
            super(storage);
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
    }
}
