package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.AuditQuery;
import io.bulwark.client.CertificateChangedException;
import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.client.Credentials;
import io.bulwark.client.ForbiddenException;
import io.bulwark.client.InvalidRequestException;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.client.VersionConflictException;
import io.bulwark.client.Versioned;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/** The client against one real server process (H2, HTTPS), shared by the tests of this class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerClientTest {

    private static final int AGENTS = 3000;

    private TestServer server;
    private CertificateFingerprint fingerprint;
    private ServerClient client;
    private List<UUID> agentIds;

    @BeforeAll
    void startServer(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"), "--name", "client-test");
        fingerprint = CertificateFingerprint.parse(server.fingerprint());
        client = rootClient(fingerprint);
        agentIds = Agents.register(server, AGENTS);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ServerClient rootClient(CertificateFingerprint pin) {
        return new ServerClient(address(server), new Credentials("root", server.rootPassword().toCharArray()), pin);
    }

    private static ServerAddress address(TestServer running) {
        return ServerAddress.parse(running.uri().toString());
    }

    @Test
    void logsInAgainWhenTheSessionWasDeleted() throws Exception {
        SessionInfo first = client.login(null);
        assertEquals("root", first.user());
        HttpClient http = HttpClient.newBuilder().sslContext(FingerprintTrust.pinned(fingerprint).sslContext())
                .build();
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(server.uri().resolve(ApiPaths.CURRENT_SESSION))
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + first.token()).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, logout.statusCode(), logout.body());

        assertNotNull(client.domains(null));
        assertNotEquals(first.token(), client.session().token(), "a new session replaced the deleted one");
    }

    @Test
    void returnsThePresentedFingerprintOnFirstUseThenWorksPinned() throws Exception {
        try (ServerClient firstUse = rootClient(null)) {
            CertificateNotTrustedException refused = assertThrows(CertificateNotTrustedException.class,
                    () -> firstUse.serverInfo(null));
            assertEquals(fingerprint, refused.presented());
            assertTrue(refused.getMessage().contains(fingerprint.toString()), refused.getMessage());

            firstUse.trust(refused.presented());
            assertEquals("client-test", firstUse.serverInfo(null).name());
            assertEquals(fingerprint, firstUse.pinned());
        }
    }

    @Test
    void refusesAChangedCertificateNamingBothFingerprintsUntilTrusted(@TempDir Path data) throws Exception {
        try (TestServer other = TestServer.start(data.resolve("other"));
                ServerClient pinnedToFirst = new ServerClient(address(other),
                        new Credentials("root", other.rootPassword().toCharArray()), fingerprint)) {
            CertificateFingerprint presented = CertificateFingerprint.parse(other.fingerprint());
            assertNotEquals(fingerprint, presented, "every server makes its own certificate");

            CertificateChangedException changed = assertThrows(CertificateChangedException.class,
                    () -> pinnedToFirst.domains(null));
            assertEquals(fingerprint, changed.pinned());
            assertEquals(presented, changed.presented());
            assertTrue(changed.getMessage().contains(fingerprint.toString()), changed.getMessage());
            assertTrue(changed.getMessage().contains(presented.toString()), changed.getMessage());
            assertThrows(CertificateChangedException.class, () -> pinnedToFirst.domains(null),
                    "still refused without an explicit confirmation");

            pinnedToFirst.trust(presented);
            assertNotNull(pinnedToFirst.domains(null));
        }
    }

    @Test
    void pagesThroughEveryAgentByCursor() throws Exception {
        List<AgentSummary> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AgentPage page = client.agents(AgentQuery.all(), cursor, 700, null);
            all.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertEquals(5, pages);
        assertEquals(Set.copyOf(agentIds), ids(all));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).hostName().compareTo(all.get(i).hostName()) < 0, "ordered by host name");
        }
    }

    @Test
    void aFilteredListingPagesByCursorOverExactlyTheAgentsItsStreamAndCountFind() throws Exception {
        AgentQuery query = AgentQuery.all().withText("host-0004");
        List<AgentSummary> streamed = new ArrayList<>();
        client.streamAgents(query, streamed::add, null);
        List<AgentSummary> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AgentPage page = client.agents(query, cursor, 3, null);
            paged.addAll(page.items());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertTrue(streamed.size() > 3 && streamed.size() < AGENTS, "the filter matches some agents, not all");
        assertTrue(pages > 1, "the cursor carried the filter to the next pages");
        assertEquals(streamed.size(), paged.size(), "as many agents paged as streamed");
        assertEquals(ids(streamed), ids(paged));
        assertEquals(streamed.size(), client.countAgents(query, null));
    }

    @Test
    void streamsEveryAgent() throws Exception {
        List<AgentSummary> streamed = new ArrayList<>();
        long count = client.streamAgents(AgentQuery.all(), streamed::add, null);

        assertEquals(AGENTS, count);
        assertEquals(Set.copyOf(agentIds), ids(streamed));
        List<AgentSummary> paged = new ArrayList<>();
        String cursor = null;
        do {
            AgentPage page = client.agents(AgentQuery.all(), cursor, ServerClient.AGENT_PAGE_SIZE, null);
            paged.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        assertEquals(Set.copyOf(paged), Set.copyOf(streamed), "the stream reads every field as a page does");
        assertEquals(1, client.streamAgents(AgentQuery.all().withText("host-00042"), agent -> {
        }, null));
    }

    @Test
    void cancellingAStreamMidwayAbortsItAndTheClientGoesOn() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        AtomicLong seen = new AtomicLong();
        assertThrows(OperationCanceledException.class, () -> client.streamAgents(AgentQuery.all(), agent -> {
            if (seen.incrementAndGet() == 100) {
                monitor.setCanceled(true);
            }
        }, monitor));
        assertTrue(seen.get() < AGENTS, "stopped before the end, after " + seen.get());

        assertEquals(AGENTS, client.streamAgents(AgentQuery.all(), agent -> {
        }, null));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> client.domains(cancelled));
        assertNotNull(client.domains(null));
    }

    @Test
    void aWriteBasedOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Domain domain = client.createDomain("Concurrency", null, null);
        SettingsScope scope = SettingsScope.domain(domain.id());
        try (ServerClient second = rootClient(fingerprint)) {
            Versioned<Policy> read = client.policy(scope, null);
            Versioned<Policy> readBySecond = second.policy(scope, null);

            Versioned<Policy> written = client.putPolicy(scope, scanMethod(PolicySettings.STANDARD_SCAN), read.etag(),
                    null);
            assertNotEquals(read.etag(), written.etag());

            VersionConflictException conflict = assertThrows(VersionConflictException.class,
                    () -> second.putPolicy(scope, scanMethod(PolicySettings.SMART_SCAN), readBySecond.etag(), null));
            assertEquals(412, conflict.status());
            assertEquals(ErrorCodes.PRECONDITION_FAILED, conflict.code());
            assertEquals(written.etag(), conflict.currentETag());

            Versioned<Policy> now = second.policy(scope, null);
            assertEquals(written.etag(), now.etag());
            assertEquals(PolicySettings.STANDARD_SCAN, now.value().settings().scanMethod());

            VersionConflictException missing = assertThrows(VersionConflictException.class,
                    () -> second.putPolicy(scope, scanMethod(PolicySettings.SMART_SCAN), null, null));
            assertEquals(428, missing.status());
        }
    }

    private static PolicySettings scanMethod(String method) {
        return new PolicySettings(method, null, null, null, null, null, null, null);
    }

    @Test
    void failuresArriveTyped() throws Exception {
        NotFoundException notFound = assertThrows(NotFoundException.class,
                () -> client.agent(UUID.randomUUID(), null));
        assertEquals(404, notFound.status());
        assertFalse(notFound.getMessage().isBlank());

        InvalidRequestException invalid = assertThrows(InvalidRequestException.class,
                () -> client.createDomain("a/b", null, null));
        assertEquals(400, invalid.status());
        assertEquals(ErrorCodes.INVALID_FIELD, invalid.code());
        assertEquals("name", invalid.details().get("field"));

        client.administration().createAccount(new AccountRequest("viewer", "operator", "viewer-password-1", null),
                null);
        try (ServerClient operator = new ServerClient(address(server),
                new Credentials("viewer", "viewer-password-1".toCharArray()), fingerprint)) {
            assertNotNull(operator.domains(null));
            ForbiddenException forbidden = assertThrows(ForbiddenException.class,
                    () -> operator.createDomain("Not mine", null, null));
            assertEquals(ErrorCodes.FORBIDDEN, forbidden.code());
        }

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ServerClient nowhere = new ServerClient(ServerAddress.parse("https://127.0.0.1:" + closedPort),
                new Credentials("root", "x".toCharArray()), fingerprint, RetryPolicy.NONE)) {
            ServerUnreachableException unreachable = assertThrows(ServerUnreachableException.class,
                    () -> nowhere.domains(null));
            assertTrue(unreachable.getMessage().contains(Integer.toString(closedPort)), unreachable.getMessage());
        }
    }

    @Test
    void aRepeatedMutationWithTheSameIdempotencyKeyIsAppliedOnce() throws Exception {
        String key = "create-replicated-" + UUID.randomUUID();
        Domain first = client.createDomain("Replicated", null, key, null);
        Domain again = client.createDomain("Replicated", null, key, null);

        assertEquals(first.id(), again.id());
        assertEquals(1, client.domains(null).stream().filter(domain -> domain.name().equals("Replicated")).count());
        List<AuditEntry> creations = client.administration()
                .auditPage(AuditQuery.all().withAction("domain.create"), null, 1000, null)
                .items().stream().filter(entry -> entry.target().contains("Replicated")).toList();
        assertEquals(1, creations.size(), creations.toString());
    }

    private static Set<UUID> ids(List<AgentSummary> agents) {
        Set<UUID> ids = new HashSet<>();
        for (AgentSummary agent : agents) {
            ids.add(agent.id());
        }
        assertEquals(agents.size(), ids.size(), "no agent twice");
        return ids;
    }
}
