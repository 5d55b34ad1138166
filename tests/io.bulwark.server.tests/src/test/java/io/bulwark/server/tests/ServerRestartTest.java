package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps its certificate and identity in its data folder, whether it was stopped or killed.
 */
class ServerRestartTest {

    @TempDir
    Path dataFolder;

    @Test
    void keepsFingerprintAndNameAcrossGracefulRestart() throws Exception {
        String fingerprint;
        try (ServerProcess first = ServerProcess.start(dataFolder, "--name", "kept-name")) {
            fingerprint = first.fingerprint();
            first.stop();
            assertTrue(first.output().contains("stopped"), first.output());
        }
        try (ServerProcess second = ServerProcess.start(dataFolder)) {
            assertEquals(fingerprint, second.fingerprint());
            assertEquals(200, serverInfo(second).statusCode());
            assertTrue(serverInfo(second).body().contains("\"name\":\"kept-name\""));
            assertTrue(!second.output().contains("root password"), "a password is only generated on first start");
        }
    }

    @Test
    void startsAgainAfterKill9() throws Exception {
        String fingerprint;
        try (ServerProcess first = ServerProcess.start(dataFolder)) {
            fingerprint = first.fingerprint();
            assertEquals(200, serverInfo(first).statusCode());
            first.kill();
        }
        try (ServerProcess second = ServerProcess.start(dataFolder)) {
            assertEquals(fingerprint, second.fingerprint());
            assertEquals(200, serverInfo(second).statusCode());
        }
    }

    private static HttpResponse<String> serverInfo(ServerProcess server) throws Exception {
        try (PinnedHttpsClient client = new PinnedHttpsClient(server.fingerprint())) {
            return client.send("GET", server.uri().resolve("/api/v1/server"));
        }
    }
}
