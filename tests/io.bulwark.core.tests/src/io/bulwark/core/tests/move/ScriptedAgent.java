package io.bulwark.core.tests.move;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrival;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.Relocate;
import io.bulwark.test.servers.TestServer;

/**
 * One agent speaking the real agent protocol, step by step as a test says: register, heartbeat, and on a relocate
 * command arrive at the target with the ticket, hand the receipt to the source and heartbeat the target. The test
 * decides when each call happens, so no timing is involved.
 */
final class ScriptedAgent implements AutoCloseable {

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private final Registration registration;
    private URI home;
    private UUID homeServerId;
    private HttpClient http;

    private ScriptedAgent(Registration registration, URI home, String fingerprint) {
        this.registration = registration;
        this.home = home;
        this.http = client(fingerprint);
    }

    static ScriptedAgent register(TestServer server, String host, String ip) throws IOException, InterruptedException {
        Registration registration = new Registration(UUID.randomUUID(), host, ip, "14.0.1",
                RegisteredAgents.LONG_INTERVAL, false, Map.of());
        ScriptedAgent agent = new ScriptedAgent(registration, server.uri(), server.fingerprint());
        agent.homeServerId = agent.post(server.uri(), ApiPaths.AGENT_REGISTER, registration, Registered.class)
                .serverId();
        return agent;
    }

    UUID id() {
        return registration.agentId();
    }

    /** @return the commands its home server hands out now */
    List<AgentCommand> heartbeat() throws IOException, InterruptedException {
        return post(home, ApiPaths.AGENT_HEARTBEAT, new Heartbeat(id(), false, Map.of()), HeartbeatReply.class)
                .commands();
    }

    /**
     * Heartbeats its home and carries out a relocate command if one comes.
     *
     * @return whether it relocated
     */
    boolean heartbeatAndRelocate() throws IOException, InterruptedException {
        for (AgentCommand command : heartbeat()) {
            if (AgentCommand.RELOCATE.equals(command.kind())) {
                relocate(command.relocate());
                return true;
            }
        }
        return false;
    }

    /** Heartbeats its home and relocates if told, for a test that polls while something else waits for the move. */
    void heartbeatOnce() {
        try {
            heartbeatAndRelocate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while heartbeating", e);
        }
    }

    private void relocate(Relocate relocate) throws IOException, InterruptedException {
        URI source = home;
        HttpClient toSource = http;
        HttpClient toTarget = client(relocate.target().fingerprint());
        URI target = URI.create("https://" + relocate.target().host() + ":" + relocate.target().port());
        Arrived arrived = post(toTarget, target, ApiPaths.AGENT_ARRIVALS,
                new Arrival(registration, relocate.ticket(), homeServerId), Arrived.class);
        post(toSource, source, ApiPaths.AGENT_DEPARTURES, arrived.receipt(), Object.class);
        home = target;
        homeServerId = relocate.target().serverId();
        http = toTarget;
        toSource.close();
        heartbeat();
    }

    private <T> T post(URI server, String path, Object body, Class<T> type) throws IOException, InterruptedException {
        return post(http, server, path, body, type);
    }

    private static <T> T post(HttpClient client, URI server, String path, Object body, Class<T> type)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", WireJson.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.write(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + new String(response.body()));
        }
        return JSON.read(response.body(), type);
    }

    private static HttpClient client(String fingerprint) {
        return HttpClient.newBuilder()
                .sslContext(FingerprintTrust.pinned(CertificateFingerprint.parse(fingerprint)).sslContext()).build();
    }

    @Override
    public void close() {
        http.close();
    }
}
