package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.Account;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * Login, throttling, sessions and the three roles, against a real server on H2 and on PostgreSQL.
 */
class AccessControlTest {

    private static final String ROOT_PASSWORD = "root-secret-1";

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private final Storage storage;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;
        private long east;
        private long eastBranch;
        private long west;

        Contract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void start(@TempDir Path data) throws Exception {
            database = TestDatabase.create(storage);
            server = ServerProcess.start(data, database, "--root-password", ROOT_PASSWORD);
            root = AdminSession.login(server, "root", ROOT_PASSWORD);
            east = root.post("/api/v1/domains", new DomainRequest("East", null, null)).as(Domain.class).id();
            eastBranch = root.post("/api/v1/domains", new DomainRequest("Branch", Long.valueOf(east), null))
                    .as(Domain.class).id();
            west = root.post("/api/v1/domains", new DomainRequest("West", null, null)).as(Domain.class).id();
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("eastadmin", "administrator", "east-secret", List.of(Long.valueOf(east))))
                    .status());
            assertEquals(201,
                    root.post("/api/v1/accounts", new AccountRequest("watcher", "operator", "watch-secret", null))
                            .status());
        }

        @AfterAll
        void stop() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        @Test
        void everyCallButServerInfoAndLoginNeedsAToken() throws Exception {
            try (AdminSession anonymous = AdminSession.anonymous(server)) {
                assertEquals(200, anonymous.get("/api/v1/server").status());
                Reply domains = anonymous.get("/api/v1/domains");
                assertEquals(401, domains.status());
                assertEquals(ErrorCodes.UNAUTHENTICATED, domains.error().error());
                assertEquals("Bearer", domains.header("WWW-Authenticate").orElseThrow());
                Reply forged = anonymous.send("GET", "/api/v1/domains", null, "Authorization", "Bearer forged");
                assertEquals(401, forged.status());
            }
        }

        @Test
        void loginReturnsATokenThatNamesTheCallerAndLogoutEndsIt() throws Exception {
            try (AdminSession session = AdminSession.login(server, "eastadmin", "east-secret")) {
                SessionInfo me = session.get("/api/v1/sessions/current").as(SessionInfo.class);
                assertEquals("eastadmin", me.user());
                assertEquals("administrator", me.role());
                assertEquals(List.of(Long.valueOf(east)), me.domainIds());
                assertNull(me.token(), "the token is only in the login answer");
                assertNotNull(me.expiresAt());

                assertEquals(204, session.send("DELETE", "/api/v1/sessions/current", null).status());
                assertEquals(401, session.get("/api/v1/sessions/current").status());
            }
        }

        @Test
        void serverInfoWithATokenAddsTheServerIdAndAgentCount() throws Exception {
            ServerInfo info = root.get("/api/v1/server").as(ServerInfo.class);
            assertNotNull(info.serverId());
            assertNotNull(info.agentCount());
        }

        @Test
        void repeatedWrongPasswordsAreThrottledForThatUserAndAddressOnly() throws Exception {
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("target", "operator", "target-secret", null)).status());
            try (AdminSession anonymous = AdminSession.anonymous(server)) {
                for (int i = 0; i < 5; i++) {
                    Reply wrong = anonymous.post("/api/v1/sessions", new LoginRequest("target", "wrong-" + i));
                    assertEquals(401, wrong.status(), "attempt " + i);
                    assertEquals("Wrong user name or password", wrong.error().message());
                }
                Reply locked = anonymous.post("/api/v1/sessions", new LoginRequest("target", "target-secret"));
                assertEquals(429, locked.status(), "even the right password waits out the lock-out");
                assertEquals(ErrorCodes.THROTTLED, locked.error().error());
                long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
                assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);

                assertEquals(201, anonymous.post("/api/v1/sessions", new LoginRequest("watcher", "watch-secret"))
                        .status(), "another user from the same address is not locked out");
            }
        }

        @Test
        void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
            try (AdminSession anonymous = AdminSession.anonymous(server)) {
                Reply unknown = anonymous.post("/api/v1/sessions", new LoginRequest("nobody", "whatever1"));
                Reply wrong = anonymous.post("/api/v1/sessions", new LoginRequest("watcher", "whatever1"));
                assertEquals(401, unknown.status());
                assertEquals(unknown.body(), wrong.body());
            }
        }

        @Test
        void anOperatorReadsEverythingAndChangesNothing() throws Exception {
            try (AdminSession operator = AdminSession.login(server, "watcher", "watch-secret")) {
                assertEquals(200, operator.get("/api/v1/domains").status());
                Reply create = operator.post("/api/v1/domains", new DomainRequest("Mine", null, null));
                assertEquals(403, create.status());
                assertEquals(ErrorCodes.FORBIDDEN, create.error().error());
                assertEquals(403, operator.send("PATCH", "/api/v1/domains/" + east,
                        new DomainRequest("Renamed", null, null)).status());
                assertEquals(403, operator.send("DELETE", "/api/v1/domains/" + west, null).status());
                assertEquals(403, operator.get("/api/v1/accounts").status());
            }
            assertEquals(List.of("Branch", "East", "West"), names(root));
        }

        @Test
        void aScopedAdministratorChangesItsDomainsButNoOther() throws Exception {
            try (AdminSession admin = AdminSession.login(server, "eastadmin", "east-secret")) {
                Reply inside = admin.post("/api/v1/domains", new DomainRequest("Lab", Long.valueOf(eastBranch), null));
                assertEquals(201, inside.status(), inside.body());
                long lab = inside.as(Domain.class).id();
                assertEquals(200, admin.send("PATCH", "/api/v1/domains/" + lab,
                        new DomainRequest("Lab 2", null, null)).status());

                assertEquals(403, admin.post("/api/v1/domains", new DomainRequest("Rogue", Long.valueOf(west), null))
                        .status(), "outside its domains");
                assertEquals(403, admin.post("/api/v1/domains", new DomainRequest("Rogue", null, null)).status(),
                        "the root is not in its scope");
                assertEquals(403, admin.send("PATCH", "/api/v1/domains/" + lab,
                        new DomainRequest(null, Long.valueOf(west), null)).status(), "cannot move out of its scope");
                assertEquals(403, admin.send("DELETE", "/api/v1/domains/" + west, null).status());
                assertEquals(403, admin.send("PATCH", "/api/v1/domains/" + eastBranch,
                        new DomainRequest(null, null, Boolean.TRUE)).status(), "moving to the root needs root");

                assertEquals(204, admin.send("DELETE", "/api/v1/domains/" + lab, null).status());
            }
            assertEquals(List.of("Branch", "East", "West"), names(root));
        }

        @Test
        void onlyRootManagesAccountsAndRootCannotBeRemoved() throws Exception {
            try (AdminSession admin = AdminSession.login(server, "eastadmin", "east-secret")) {
                assertEquals(403, admin.post("/api/v1/accounts",
                        new AccountRequest("sneaky", "administrator", "sneaky-pw", List.of(Long.valueOf(west))))
                        .status());
                assertEquals(200, admin.get("/api/v1/accounts/eastadmin").status(), "an account may read itself");
                assertEquals(403, admin.get("/api/v1/accounts/watcher").status());
            }
            assertEquals(409, root.send("DELETE", "/api/v1/accounts/root", null).status());
            Reply noScope = root.post("/api/v1/accounts",
                    new AccountRequest("empty", "administrator", "empty-pw1", null));
            assertEquals(400, noScope.status());
            assertEquals("domainIds", noScope.error().details().get("field"));
            Reply weak = root.post("/api/v1/accounts", new AccountRequest("weak", "operator", "short", null));
            assertEquals("password", weak.error().details().get("field"));
            Reply secondRoot = root.post("/api/v1/accounts", new AccountRequest("root2", "root", "second-root", null));
            assertEquals("role", secondRoot.error().details().get("field"));
            Account[] accounts = root.get("/api/v1/accounts").as(Account[].class);
            assertFalse(List.of(accounts).stream().anyMatch(a -> a.user().equals("empty") || a.user().equals("weak")
                    || a.user().equals("root2")), "refused accounts were not created");
        }

        @Test
        void aChangedPasswordEndsTheOldSessions() throws Exception {
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("rotating", "operator", "first-password", null)).status());
            try (AdminSession old = AdminSession.login(server, "rotating", "first-password")) {
                assertEquals(200, root.send("PUT", "/api/v1/accounts/rotating",
                        new AccountRequest(null, "operator", "second-password", null)).status());
                assertEquals(401, old.get("/api/v1/domains").status());
            }
            try (AdminSession fresh = AdminSession.login(server, "rotating", "second-password")) {
                assertEquals(200, fresh.get("/api/v1/domains").status());
            }
        }

        private static List<String> names(AdminSession session) throws Exception {
            return List.of(session.get("/api/v1/domains").as(Domain[].class)).stream().map(Domain::name).sorted()
                    .toList();
        }
    }
}
