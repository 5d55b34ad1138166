package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.protocol.admin.AuditPage;
import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.protocol.admin.StreamReset;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * What every change through the admin API promises, on a real server with H2 and with PostgreSQL: bad bodies are
 * refused and change nothing, a retried change is applied once, every change is in the audit log with who, what, before
 * and after, and the event stream tells other sessions about it, also across a reconnect.
 */
class ChangeSafetyTest {

    private static final String PASSWORD = "root-secret-1";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Nested
    class OnH2 extends ChangeSafetyContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends ChangeSafetyContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class ChangeSafetyContract {

        private final Storage storage;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;

        ChangeSafetyContract(Storage storage) {
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
        void malformedUnknownMisnamedWrongTypeAndOversizedBodiesChangeNothing() throws Exception {
            Domain existing = root.post("/api/v1/domains", new DomainRequest("Untouched", null, null))
                    .as(Domain.class);
            String domainPath = "/api/v1/domains/" + existing.id();
            String before = state();
            byte[] oversized = ("{\"name\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
            for (String[] target : new String[][]{{"POST", "/api/v1/domains"}, {"PATCH", domainPath},
                    {"POST", "/api/v1/accounts"}, {"POST", "/api/v1/grouping-rules"}}) {
                String method = target[0];
                String path = target[1];
                expectRefused(root.sendBytes(method, path, bytes("{\"name\": \"Broken"), "application/json"), 400,
                        ErrorCodes.BAD_REQUEST, ErrorCodes.INVALID_FIELD);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":\"Typo\",\"colour\":\"red\"}"),
                        "application/json"), 400, ErrorCodes.BAD_REQUEST, ErrorCodes.INVALID_FIELD);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":[\"Not\",\"a\",\"name\"]}"),
                        "application/json"), 400, ErrorCodes.BAD_REQUEST, ErrorCodes.INVALID_FIELD);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":42}"), "application/json"), 400,
                        ErrorCodes.BAD_REQUEST, ErrorCodes.INVALID_FIELD);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":\"Twice\"} {}"), "application/json"), 400,
                        ErrorCodes.BAD_REQUEST, ErrorCodes.INVALID_FIELD);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":\"Plain\"}"), "text/plain"), 415,
                        ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
                expectRefused(root.sendBytes(method, path, bytes("{\"name\":\"None\"}"), null), 415,
                        ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
                Reply tooLarge = root.sendBytes(method, path, oversized, "application/json");
                expectRefused(tooLarge, 413, ErrorCodes.PAYLOAD_TOO_LARGE);
                assertEquals(1 << 20, ((Number) tooLarge.error().details().get("limit")).intValue());
            }
            assertEquals(before, state(), "a refused request changed the domains, accounts, rules or audit log");
        }

        @Test
        void retriedChangeWithTheSameKeyIsAppliedOnceAndAReusedKeyIsRefused() throws Exception {
            String key = UUID.randomUUID().toString();
            String name = "Retried-" + key.substring(0, 8);
            Reply first = root.post("/api/v1/domains", new DomainRequest(name, null, null), "Idempotency-Key", key);
            Reply second = root.post("/api/v1/domains", new DomainRequest(name, null, null), "Idempotency-Key", key);

            assertEquals(201, first.status(), first.body());
            assertEquals(201, second.status(), second.body());
            assertEquals("true", second.header("Idempotent-Replayed").orElse(null));
            assertTrue(first.header("Idempotent-Replayed").isEmpty());
            assertEquals(first.body(), second.body());
            assertEquals(first.header("Location"), second.header("Location"));
            assertEquals(1, domains().stream().filter(domain -> domain.name().equals(name)).count());
            assertEquals(1,
                    audit("action=domain.create&target="
                            + URLEncoder.encode(target(first.as(Domain.class)), StandardCharsets.UTF_8)).items()
                            .size());

            String before = state();
            Reply reused = root.post("/api/v1/domains", new DomainRequest(name + "-other", null, null),
                    "Idempotency-Key", key);
            expectRefused(reused, 422, ErrorCodes.IDEMPOTENCY_KEY_REUSED);
            expectRefused(root.post("/api/v1/domains", new DomainRequest("Spaced", null, null), "Idempotency-Key",
                    "has spaces"), 400, ErrorCodes.INVALID_FIELD);
            assertEquals(before, state());
        }

        @Test
        void everyChangeIsAuditedWithWhoWhatBeforeAndAfter() throws Exception {
            long newestBefore = newestAuditId();
            Domain created = root.post("/api/v1/domains", new DomainRequest("Audited", null, null)).as(Domain.class);
            Domain renamed = root.send("PATCH", "/api/v1/domains/" + created.id(),
                    new DomainRequest("Audited-Renamed", null, null)).as(Domain.class);
            GroupingRule rule = root.post("/api/v1/grouping-rules", new GroupingRule(null, "10.9.0.0/16",
                    Long.valueOf(created.id()), null)).as(GroupingRule.class);
            assertEquals(204, root.send("DELETE", "/api/v1/grouping-rules/" + rule.id(), null).status());
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("auditor", "operator", "operator-secret", List.of())).status());
            assertEquals(204, root.send("DELETE", "/api/v1/accounts/auditor", null).status());
            assertEquals(204, root.send("DELETE", "/api/v1/domains/" + created.id(), null).status());

            List<AuditEntry> entries = audit("limit=1000").items().stream()
                    .filter(entry -> entry.id() > newestBefore).toList();
            assertEquals(List.of("domain.delete", "account.delete", "account.create", "grouping-rule.delete",
                    "grouping-rule.create", "domain.change", "domain.create"),
                    entries.stream().map(AuditEntry::action).toList(), "newest first");
            for (AuditEntry entry : entries) {
                assertEquals("root", entry.user());
                assertEquals("127.0.0.1", entry.address());
                assertNotNull(entry.at());
            }
            AuditEntry change = entries.get(5);
            assertEquals(target(renamed), change.target());
            assertEquals("Audited", member(change.before(), "name"));
            assertEquals("Audited-Renamed", member(change.after(), "name"));
            assertNull(entries.get(6).before());
            assertEquals("Audited", member(entries.get(6).after(), "name"));
            assertEquals("Audited-Renamed", member(entries.get(0).before(), "name"));
            assertNull(entries.get(0).after());
            assertEquals("operator", member(entries.get(2).after(), "role"));
            assertTrue(!entries.get(2).after().toString().contains("operator-secret"), "no password in the log");
        }

        @Test
        void auditLogPagesByCursorAndFilters() throws Exception {
            for (int i = 0; i < 3; i++) {
                root.post("/api/v1/domains", new DomainRequest("Paged-" + i, null, null));
            }
            AuditPage first = audit("limit=2&action=domain.create");
            assertEquals(2, first.items().size());
            assertNotNull(first.next());
            AuditPage second = audit("limit=2&action=domain.create&cursor=" + first.next());
            assertTrue(second.items().get(0).id() < first.items().get(1).id(), "the next page is older");
            assertTrue(audit("action=domain.create").items().stream()
                    .allMatch(entry -> entry.action().equals("domain.create")));
            assertEquals(0, audit("user=nobody").items().size());
            AuditEntry newest = audit("limit=1").items().get(0);
            assertEquals(newest.id(), audit("limit=1&since=" + newest.at()).items().get(0).id());
            assertTrue(audit("until=" + newest.at()).items().stream().noneMatch(entry -> entry.id() == newest.id()));
            expectRefused(root.get("/api/v1/audit?since=yesterday"), 400, ErrorCodes.INVALID_FIELD);
            expectRefused(root.get("/api/v1/audit?cursor=abc"), 400, ErrorCodes.INVALID_FIELD);
            expectRefused(root.get("/api/v1/audit?limit=0"), 400, ErrorCodes.INVALID_FIELD);
        }

        @Test
        void eventStreamDeliversChangesOfOtherSessionsAndResumesAfterReconnect() throws Exception {
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("watcher", "operator", "watcher-secret", List.of())).status());
            String lastSeen;
            try (AdminSession watcher = AdminSession.login(server, "watcher", "watcher-secret");
                    EventStreamReader stream = EventStreamReader.open(watcher, null)) {
                assertEquals(200, stream.status());
                assertTrue(stream.response().headers().firstValue("Content-Type").orElse("")
                        .startsWith("text/event-stream"));
                Domain streamed = root.post("/api/v1/domains", new DomainRequest("Streamed", null, null))
                        .as(Domain.class);

                EventStreamReader.Event event = stream.await(e -> e.data().contains("\"Streamed\""), WAIT);
                assertEquals("domain.created", event.event());
                ChangeEvent change = AdminSession.JSON.read(bytes(event.data()), ChangeEvent.class);
                assertEquals(Long.toString(change.sequence()), event.id());
                assertEquals(Long.toString(streamed.id()), change.id());
                assertEquals("Streamed", member(change.data(), "name"));
                lastSeen = event.id();
            }
            Domain missed = root.post("/api/v1/domains", new DomainRequest("Missed", null, null)).as(Domain.class);
            try (AdminSession watcher = AdminSession.login(server, "watcher", "watcher-secret");
                    EventStreamReader resumed = EventStreamReader.open(watcher, lastSeen)) {
                EventStreamReader.Event replayed = resumed.await(e -> true, WAIT);
                assertEquals("domain.created", replayed.event(), "the first event after the reconnect");
                assertEquals(Long.toString(missed.id()),
                        AdminSession.JSON.read(bytes(replayed.data()), ChangeEvent.class).id());
                assertTrue(Long.parseLong(replayed.id()) > Long.parseLong(lastSeen));
            }
            String startedAt;
            try (EventStreamReader quiet = EventStreamReader.open(root, null)) {
                startedAt = quiet.startId(WAIT);
            }
            Domain meanwhile = root.post("/api/v1/domains", new DomainRequest("Meanwhile", null, null))
                    .as(Domain.class);
            try (EventStreamReader resumed = EventStreamReader.open(root, startedAt)) {
                EventStreamReader.Event replayed = resumed.await(e -> true, WAIT);
                assertEquals("domain.created", replayed.event(),
                        "a stream that saw no event resumes from where it started");
                assertEquals(Long.toString(meanwhile.id()),
                        AdminSession.JSON.read(bytes(replayed.data()), ChangeEvent.class).id());
            }
            try (EventStreamReader stale = EventStreamReader.open(root, "1")) {
                EventStreamReader.Event reset = stale.await(e -> true, WAIT);
                assertEquals("reset", reset.event());
                assertEquals(StreamReset.MISSED,
                        AdminSession.JSON.read(bytes(reset.data()), StreamReset.class).reason());
            }
            try (EventStreamReader bad = EventStreamReader.open(root, "yesterday")) {
                assertEquals(400, bad.status());
            }
            try (AdminSession anonymous = AdminSession.anonymous(server);
                    EventStreamReader unauthenticated = EventStreamReader.open(anonymous, null)) {
                assertEquals(401, unauthenticated.status());
            }
        }

        private void expectRefused(Reply reply, int status, String... codes) {
            assertEquals(status, reply.status(), reply.body());
            assertTrue(List.of(codes).contains(reply.error().error()), reply.body());
            ContractCheck.shared().check(reply);
        }

        /** The domains, accounts, rules and the whole audit log, as text: equal texts mean nothing changed. */
        private String state() throws Exception {
            return root.get("/api/v1/domains").body() + root.get("/api/v1/accounts").body()
                    + root.get("/api/v1/grouping-rules").body() + root.get("/api/v1/audit?limit=1000").body();
        }

        private List<Domain> domains() throws Exception {
            return Arrays.asList(root.get("/api/v1/domains").as(Domain[].class));
        }

        private AuditPage audit(String query) throws Exception {
            Reply reply = root.get("/api/v1/audit?" + query);
            assertEquals(200, reply.status(), reply.body());
            ContractCheck.shared().check(reply);
            return reply.as(AuditPage.class);
        }

        private long newestAuditId() throws Exception {
            List<AuditEntry> items = audit("limit=1").items();
            return items.isEmpty() ? 0 : items.get(0).id();
        }

        private static String target(Domain domain) {
            return "domain " + domain.id() + " \"" + domain.name() + "\"";
        }

        private static Object member(Object object, String name) {
            return ((Map<?, ?>) object).get(name);
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
