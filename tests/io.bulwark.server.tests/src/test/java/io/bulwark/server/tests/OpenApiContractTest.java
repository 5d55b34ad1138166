package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AgentSelection;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * Sends real requests to a real server (H2 and PostgreSQL) and validates every response, success and error alike,
 * against the hand-written OpenAPI contract with {@link ContractCheck}: status, headers and JSON body.
 */
class OpenApiContractTest {

    private static final String PASSWORD = "root-secret-3";

    @Nested
    class OnH2 extends OpenApiContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends OpenApiContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class OpenApiContract {

        private final Storage storage;
        private final Set<String> statuses = new TreeSet<>();
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;

        OpenApiContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path dataFolder) throws Exception {
            database = TestDatabase.create(storage);
            server = ServerProcess.start(dataFolder, database, "--root-password", PASSWORD);
            root = AdminSession.login(server, "root", PASSWORD);
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        @Test
        void serverInfoAndSessionsFollowTheContract() throws Exception {
            try (AdminSession anonymous = AdminSession.anonymous(server)) {
                expect(200, anonymous.get("/api/v1/server"));
                expect(201, anonymous.post("/api/v1/sessions", new LoginRequest("root", PASSWORD)));
                expect(401, anonymous.post("/api/v1/sessions", new LoginRequest("root", "wrong-password")));
                expect(400, anonymous.post("/api/v1/sessions", new LoginRequest(null, "x")));
                expect(415, anonymous.sendBytes("POST", "/api/v1/sessions", bytes("{}"), "text/plain"));
                expect(413, anonymous.sendBytes("POST", "/api/v1/sessions", new byte[(1 << 20) + 1],
                        "application/json"));
                for (int i = 0; i < 5; i++) {
                    anonymous.post("/api/v1/sessions", new LoginRequest("guesser", "wrong-" + i));
                }
                Reply throttled = expect(429, anonymous.post("/api/v1/sessions", new LoginRequest("guesser", "x")));
                assertTrue(throttled.header("Retry-After").isPresent());
                expect(401, anonymous.get("/api/v1/domains"));
                expect(401, anonymous.get("/api/v1/sessions/current"));
                expect(405, anonymous.send("DELETE", "/api/v1/server", null));
                expect(404, anonymous.get("/api/v1/nothing-here"));
            }
            expect(200, root.get("/api/v1/server"));
            expect(200, root.get("/api/v1/sessions/current"));
            try (AdminSession other = AdminSession.login(server, "root", PASSWORD)) {
                expect(204, other.send("DELETE", "/api/v1/sessions/current", null));
                expect(401, other.get("/api/v1/sessions/current"));
            }
        }

        @Test
        void accountsDomainsAndGroupingRulesFollowTheContract() throws Exception {
            Reply created = expect(201, root.post("/api/v1/domains", new DomainRequest("Contract", null, null)));
            long id = created.as(Domain.class).id();
            expect(201, root.post("/api/v1/domains", new DomainRequest("Child", Long.valueOf(id), null)));
            expect(200, root.get("/api/v1/domains"));
            expect(200, root.get("/api/v1/domains/" + id));
            expect(404, root.get("/api/v1/domains/999999"));
            expect(404, root.get("/api/v1/domains/not-a-number"));
            expect(200, root.send("PATCH", "/api/v1/domains/" + id, new DomainRequest("Contract-2", null, null)));
            expect(400, root.post("/api/v1/domains", new DomainRequest("", null, null)));
            expect(409, root.post("/api/v1/domains", new DomainRequest("contract-2", null, null)));
            expect(409, root.send("DELETE", "/api/v1/domains/" + id, null));
            expect(405, root.send("PUT", "/api/v1/domains/" + id, new DomainRequest("x", null, null)));
            String key = "contract-key";
            expect(201, root.post("/api/v1/domains", new DomainRequest("Keyed", null, null), "Idempotency-Key", key));
            Reply replay = expect(201,
                    root.post("/api/v1/domains", new DomainRequest("Keyed", null, null), "Idempotency-Key", key));
            assertEquals("true", replay.header("Idempotent-Replayed").orElse(null));
            expect(422, root.post("/api/v1/domains", new DomainRequest("Other", null, null), "Idempotency-Key", key));

            Reply rule = expect(201, root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "10.1.0.0/16", Long.valueOf(id), null)));
            long ruleId = rule.as(GroupingRule.class).id().longValue();
            expect(200, root.get("/api/v1/grouping-rules"));
            expect(200, root.send("PUT", "/api/v1/grouping-rules/" + ruleId,
                    new GroupingRule(null, "10.2.0.0/16", Long.valueOf(id), Integer.valueOf(1))));
            expect(400, root.post("/api/v1/grouping-rules", new GroupingRule(null, "not-a-range", Long.valueOf(id),
                    null)));
            expect(404, root.send("DELETE", "/api/v1/grouping-rules/999999", null));
            expect(204, root.send("DELETE", "/api/v1/grouping-rules/" + ruleId, null));

            expect(201, root.post("/api/v1/accounts",
                    new AccountRequest("contract-admin", "administrator", "admin-secret", List.of(Long.valueOf(id)))));
            expect(201, root.post("/api/v1/accounts",
                    new AccountRequest("contract-op", "operator", "operator-secret", List.of())));
            expect(200, root.get("/api/v1/accounts"));
            expect(200, root.get("/api/v1/accounts/contract-op"));
            expect(404, root.get("/api/v1/accounts/nobody"));
            expect(409, root.post("/api/v1/accounts",
                    new AccountRequest("contract-op", "operator", "operator-secret", List.of())));
            expect(200, root.send("PUT", "/api/v1/accounts/contract-op",
                    new AccountRequest(null, "operator", null, List.of())));
            expect(409, root.send("DELETE", "/api/v1/accounts/root", null));
            try (AdminSession operator = AdminSession.login(server, "contract-op", "operator-secret")) {
                expect(403, operator.get("/api/v1/accounts"));
                expect(403, operator.post("/api/v1/domains", new DomainRequest("Nope", null, null)));
                expect(200, operator.get("/api/v1/accounts/contract-op"));
            }
            expect(204, root.send("DELETE", "/api/v1/accounts/contract-op", null));
        }

        @Test
        void auditLogAndBackupsFollowTheContract() throws Exception {
            root.post("/api/v1/domains", new DomainRequest("Audited-Contract", null, null));
            Reply page = expect(200, root.get("/api/v1/audit?limit=2"));
            assertTrue(page.body().contains("\"next\""));
            expect(200, root.get("/api/v1/audit?action=domain.create&user=root&since=2020-01-01T00:00:00Z"));
            expect(400, root.get("/api/v1/audit?until=tomorrow"));
            Reply backup = expect(201, root.post("/api/v1/backups", null));
            String id = backup.as(Backup.class).id();
            expect(200, root.get("/api/v1/backups"));
            HttpResponse<String> download = root.client().send(java.net.http.HttpRequest
                    .newBuilder(root.uri("/api/v1/backups/" + id)).header("Authorization", "Bearer " + root.token())
                    .GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            assertEquals(200, download.statusCode());
            ContractCheck.shared().check(download);
            expect(404, root.get("/api/v1/backups/no-such-backup"));
            expect(200, root.post("/api/v1/backups/" + id + "/restore", null));
            expect(405, root.send("DELETE", "/api/v1/backups/" + id, null));
        }

        @Test
        void settingsReadsFollowTheContract() throws Exception {
            expect(200, root.get("/api/v1/policies/root"));
            expect(200, root.get("/api/v1/policies/root/effective"));
            long id = root.post("/api/v1/domains", new DomainRequest("Settings-Contract", null, null))
                    .as(Domain.class).id();
            expect(200, root.get("/api/v1/policies/domains/" + id));
            expect(200, root.get("/api/v1/policies/domains/" + id + "/effective"));
            expect(404, root.get("/api/v1/policies/domains/999999"));
            expect(428, root.send("PUT", "/api/v1/policies/domains/" + id, "{}"));
        }

        @Test
        void agentsSettingsAndComponentsFollowTheContract() throws Exception {
            try (AdminSession agent = AdminSession.anonymous(server)) {
                Registration registration = AgentCalls.newAgent("contract-pc", "10.9.8.7", 1_000, false);
                UUID id = registration.agentId();
                conforms(AgentCalls.register(agent, registration));
                conforms(AgentCalls.heartbeat(agent, id, false));
                expect(200, root.get("/api/v1/agents?limit=10"));
                expect(200, root.get("/api/v1/agents?outdated=true&count=true&limit=10"));
                expect(400, root.get("/api/v1/agents?outdated=maybe"));
                expect(200, root.get("/api/v1/agents/" + id));
                conforms(root.post("/api/v1/agents/scan-now", new AgentSelection(List.of(id))));
                conforms(AgentCalls.heartbeat(agent, id, false));
                expect(200, root.get("/api/v1/server"));

                expect(200, root.get("/api/v1/policies/root"));
                expect(200, root.get("/api/v1/policies/root/effective"));
                expect(200, root.get("/api/v1/policies/agents/" + id + "/effective"));
                expect(412, root.send("PUT", "/api/v1/policies/root", "{}", "If-Match", "\"999999\""));

                expect(200, root.get("/api/v1/components"));
                expect(409, root.post("/api/v1/components/notify", "{\"all\":true}"));
                expect(200, root.get("/api/v1/notifications"));
            }
        }

        @Test
        void moveTicketsMovesArrivalsAndDeparturesFollowTheContract() throws Exception {
            try (AdminSession agent = AdminSession.anonymous(server)) {
                Registration registration = AgentCalls.newAgent("contract-mover", "10.9.8.9", 60_000, false);
                UUID id = registration.agentId();
                conforms(AgentCalls.register(agent, registration));
                UUID other = UUID.randomUUID();
                Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS);
                expect(400, root.post("/api/v1/move-tickets", new MoveTicketRequest(other, List.of(), null, deadline)));
                MoveTicket ticket = expect(201,
                        root.post("/api/v1/move-tickets", new MoveTicketRequest(other, List.of(id), null, deadline)))
                        .as(MoveTicket.class);
                expect(200, root.get("/api/v1/move-tickets/" + ticket.ticketId()));
                expect(404, root.get("/api/v1/move-tickets/" + UUID.randomUUID()));
                expect(403, agent.post("/agent/v1/arrivals", new Arrival(registration, ticket.token(), id)));
                MoveReceipt receipt = expect(200,
                        agent.post("/agent/v1/arrivals", new Arrival(registration, ticket.token(), other)))
                        .as(Arrived.class).receipt();

                MoveTarget target = new MoveTarget(other, "127.0.0.1", 4343, server.fingerprint());
                expect(400, root.post("/api/v1/moves", new MoveRequest(UUID.randomUUID(), List.of(id),
                        new MoveTarget(other, "127.0.0.1", 4343, "not-a-fingerprint"), ticket.token(),
                        ticket.sourceToken(), deadline,
                        MoveRequest.WAIT, false)));
                MoveRequest move = new MoveRequest(UUID.randomUUID(), List.of(id), target, ticket.token(),
                        ticket.sourceToken(), deadline,
                        MoveRequest.WAIT, false);
                expect(201, root.post("/api/v1/moves", move));
                expect(200, root.post("/api/v1/moves", move));
                conforms(AgentCalls.heartbeat(agent, id, false));
                expect(200, root.get("/api/v1/moves"));
                expect(200, root.get("/api/v1/moves/" + move.moveId()));
                expect(404, root.get("/api/v1/moves/" + UUID.randomUUID()));
                expect(403, agent.post("/agent/v1/departures", receipt));
                expect(200, root.post("/api/v1/moves/" + move.moveId() + "/cancel", null));
                expect(200, root.send("DELETE", "/api/v1/move-tickets/" + ticket.ticketId(), null));
            }
        }

        @Test
        @Order(Integer.MAX_VALUE)
        void everyErrorStatusWasCheckedAgainstTheContract() {
            assertTrue(statuses.containsAll(Set.of("400", "401", "403", "404", "405", "409", "413", "415", "422",
                    "429")), "statuses checked: " + statuses);
        }

        private Reply conforms(Reply reply) {
            assertTrue(reply.status() < 300, reply.response().request().uri() + ": " + reply.body());
            ContractCheck.shared().check(reply);
            return reply;
        }

        private Reply expect(int status, Reply reply) {
            assertEquals(status, reply.status(), reply.response().request().method() + " "
                    + reply.response().request().uri() + ": " + reply.body());
            ContractCheck.shared().check(reply);
            statuses.add(Integer.toString(status));
            return reply;
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
