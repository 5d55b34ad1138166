package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireJson;

/**
 * One real server process, reached over HTTPS by a client that trusts only the printed fingerprint; the same tests run
 * with the server's data in H2 and in PostgreSQL.
 */
class ServerApiOverHttpsTest {

    private static final String WRONG_FINGERPRINT = "00:" + "AB:".repeat(30) + "CD";
    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.REJECT);

    @Nested
    class OnH2 extends ServerApiContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends ServerApiContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    /** The API tests, against one server started for all of them. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class ServerApiContract {

        private final Storage storage;

        private TestDatabase database;
        private ServerProcess server;

        ServerApiContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path dataFolder) throws Exception {
            database = TestDatabase.create(storage);
            server = ServerProcess.start(dataFolder, database, "--name", "alpha", "--root-password",
                    "first-start-secret");
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(server, database);
        }

        @Test
        void answersServerInfoToClientThatPinsThePrintedFingerprint() throws Exception {
            try (PinnedHttpsClient client = new PinnedHttpsClient(server.fingerprint())) {
                HttpResponse<String> response = client.send("GET", server.uri().resolve("/api/v1/server"));

                assertEquals(200, response.statusCode());
                assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
                ServerInfo info = JSON.read(bytes(response), ServerInfo.class);
                assertEquals("alpha", info.name());
                assertEquals(System.getProperty("bulwark.expected.version"), info.version());
                assertEquals(server.uri().getPort(), info.listeningPort());
                assertEquals(null, info.serverId(), "the server id is only for authenticated callers");
            }
        }

        @Test
        void clientExpectingAnotherFingerprintCannotConnect() throws Exception {
            try (PinnedHttpsClient client = new PinnedHttpsClient(WRONG_FINGERPRINT)) {
                assertThrows(SSLHandshakeException.class,
                        () -> client.send("GET", server.uri().resolve("/api/v1/server")));
            }
        }

        @Test
        void unknownPathGives404WithTheErrorBody() throws Exception {
            try (PinnedHttpsClient client = new PinnedHttpsClient(server.fingerprint())) {
                HttpResponse<String> response = client.send("GET", server.uri().resolve("/api/v1/no-such-thing"));

                assertEquals(404, response.statusCode());
                ApiError error = JSON.read(bytes(response), ApiError.class);
                assertEquals(ErrorCodes.NOT_FOUND, error.error());
                assertTrue(error.message().contains("/api/v1/no-such-thing"), error.message());
                assertTrue(response.body().contains("\"details\":{}"), response.body());
            }
        }

        @Test
        void wrongMethodGives405WithAllowHeader() throws Exception {
            try (PinnedHttpsClient client = new PinnedHttpsClient(server.fingerprint())) {
                HttpResponse<String> response = client.send("DELETE", server.uri().resolve("/api/v1/server"));

                assertEquals(405, response.statusCode());
                assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
                assertEquals(ErrorCodes.METHOD_NOT_ALLOWED, JSON.read(bytes(response), ApiError.class).error());
            }
        }

        private static byte[] bytes(HttpResponse<String> response) {
            return response.body().getBytes(StandardCharsets.UTF_8);
        }
    }
}
