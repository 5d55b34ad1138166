package io.bulwark.core.tests.move;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.test.servers.TestServer;

/**
 * Agents registered through the real agent API with the facts a test needs: online for a long time (a long interval),
 * offline soon (a short interval and no heartbeat), or roaming.
 */
final class RegisteredAgents implements AutoCloseable {

    static final int LONG_INTERVAL = 600_000;
    static final int SHORT_INTERVAL = Registration.MIN_INTERVAL_MILLIS;

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private final HttpClient http;
    private final URI register;

    RegisteredAgents(TestServer server) {
        this.http = HttpClient.newBuilder()
                .sslContext(FingerprintTrust.pinned(CertificateFingerprint.parse(server.fingerprint())).sslContext())
                .build();
        this.register = server.uri().resolve(ApiPaths.AGENT_REGISTER);
    }

    UUID online(String host, String ip) throws IOException, InterruptedException {
        return register(host, ip, LONG_INTERVAL, false);
    }

    UUID goingOffline(String host, String ip) throws IOException, InterruptedException {
        return register(host, ip, SHORT_INTERVAL, false);
    }

    UUID roaming(String host, String ip) throws IOException, InterruptedException {
        return register(host, ip, LONG_INTERVAL, true);
    }

    private UUID register(String host, String ip, int interval, boolean roaming)
            throws IOException, InterruptedException {
        UUID id = UUID.randomUUID();
        Registration registration = new Registration(id, host, ip, "14.0.1", interval, roaming, Map.of());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(register)
                .header("Content-Type", WireJson.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.write(registration))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Registration refused: " + response.statusCode() + " " + response.body());
        }
        return id;
    }

    @Override
    public void close() {
        http.close();
    }
}
