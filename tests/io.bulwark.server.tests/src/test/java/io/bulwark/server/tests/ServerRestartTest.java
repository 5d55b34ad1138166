package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server keeps its certificate in its data folder and its identity in its database (H2 in the data folder or
 * PostgreSQL), whether it was stopped or killed. The kill is fault injection: it runs in the slow pass.
 */
class ServerRestartTest {

    @TempDir
    Path dataFolder;

    @ParameterizedTest
    @EnumSource(Storage.class)
    void keepsFingerprintAndNameAcrossGracefulRestart(Storage storage) throws Exception {
        try (TestDatabase database = TestDatabase.create(storage)) {
            String fingerprint;
            try (ServerProcess first = ServerProcess.start(dataFolder, database, "--name", "kept-name")) {
                fingerprint = first.fingerprint();
                first.stop();
                assertTrue(first.output().contains("stopped"), first.output());
            }
            try (ServerProcess second = ServerProcess.start(dataFolder, database)) {
                assertEquals(fingerprint, second.fingerprint());
                assertEquals(200, serverInfo(second).statusCode());
                assertTrue(serverInfo(second).body().contains("\"name\":\"kept-name\""));
                assertTrue(!second.output().contains("root password"),
                        "a password is only generated on first start");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Storage.class)
    @Tag("slow")
    void startsAgainAfterKill9(Storage storage) throws Exception {
        try (TestDatabase database = TestDatabase.create(storage)) {
            String fingerprint;
            try (ServerProcess first = ServerProcess.start(dataFolder, database, "--name", "before-kill")) {
                fingerprint = first.fingerprint();
                assertEquals(200, serverInfo(first).statusCode());
                first.kill();
            }
            try (ServerProcess second = ServerProcess.start(dataFolder, database)) {
                assertEquals(fingerprint, second.fingerprint());
                assertEquals(200, serverInfo(second).statusCode());
                assertTrue(serverInfo(second).body().contains("\"name\":\"before-kill\""));
                assertTrue(!second.output().contains("root password"),
                        "a password is only generated on first start");
            }
        }
    }

    private static HttpResponse<String> serverInfo(ServerProcess server) throws Exception {
        try (PinnedHttpsClient client = new PinnedHttpsClient(server.fingerprint())) {
            return client.send("GET", server.uri().resolve("/api/v1/server"));
        }
    }
}
