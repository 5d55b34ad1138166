package io.bulwark.client.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.test.servers.TestServer;

/** Registers agents through the real agent API, as agents do, from a few threads at once. */
public final class Agents {

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private Agents() {
    }

    /**
     * Registers agents through the agent API, as real agents do.
     *
     * @return their ids
     */
    public static List<UUID> register(TestServer server, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(FingerprintTrust.pinned(CertificateFingerprint.parse(server.fingerprint())).sslContext())
                .build();
        URI register = server.uri().resolve(ApiPaths.AGENT_REGISTER);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<UUID>> registered = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i;
                registered.add(threads.submit(() -> register(http, register, number)));
            }
            List<UUID> ids = new ArrayList<>();
            for (Future<UUID> id : registered) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            threads.shutdownNow();
            http.close();
        }
    }

    private static UUID register(HttpClient http, URI register, int number) throws IOException, InterruptedException {
        UUID id = UUID.randomUUID();
        Registration registration = new Registration(id, String.format("host-%05d", number),
                "10.1." + (number / 250) + "." + (number % 250 + 1), "14.0.1", 600_000, false, Map.of());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(register)
                .header("Content-Type", WireJson.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.write(registration))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Registration refused: " + response.statusCode() + " " + response.body());
        }
        return id;
    }
}
