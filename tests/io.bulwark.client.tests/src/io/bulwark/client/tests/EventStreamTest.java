package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.EventListener;
import io.bulwark.client.EventSubscription;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.StreamReset;
import io.bulwark.test.servers.TestServer;

/**
 * The event stream and retries across a server restart, against a real server process of this class's own (the tests
 * stop and start it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestServer server;
    private CertificateFingerprint fingerprint;

    @BeforeAll
    void startServer(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"));
        fingerprint = CertificateFingerprint.parse(server.fingerprint());
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private ServerClient client(RetryPolicy retry) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()), fingerprint, retry);
    }

    @Test
    void deliversChangesByAnotherClientAndReconnectsAfterARestart() throws Exception {
        Recorder recorder = new Recorder();
        try (ServerClient watcher = client(RetryPolicy.DEFAULT);
                ServerClient other = client(RetryPolicy.DEFAULT);
                EventSubscription events = watcher.events(null, recorder)) {
            Poll.until(WAIT, "the event stream is connected", events::isConnected);

            Domain created = other.createDomain("Arrives by event", null, null);
            ChangeEvent event = recorder.await("domain.created", Long.toString(created.id()));
            assertNotNull(event.data(), "the domain as its GET returns it");
            assertNotNull(events.lastEventId());

            server.stop();
            Poll.until(WAIT, "the stream notices the server stopped", () -> !events.isConnected());
            server.restart();
            Poll.until(WAIT, "the stream reconnects to the restarted server", events::isConnected);

            Domain later = other.createDomain("Arrives after the restart", null, null);
            recorder.await("domain.created", Long.toString(later.id()));
            assertFalse(recorder.disconnects.isEmpty(), "the listener heard of the broken stream");
        }
    }

    @Test
    void aMutationIsRetriedUntilTheServerIsBackAndAppliedOnce() throws Exception {
        RetryPolicy patient = new RetryPolicy(60, Duration.ofMillis(100), Duration.ofMillis(500));
        try (ServerClient client = client(patient)) {
            assertNotNull(client.domains(null));
            server.kill();
            CompletableFuture<Domain> creation = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.createDomain("Created across a restart", null, null);
                } catch (ServerException e) {
                    throw new IllegalStateException(e);
                }
            });
            server.restart();
            Domain created = creation.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            List<Domain> named = client.domains(null).stream()
                    .filter(domain -> domain.name().equals("Created across a restart")).toList();
            assertEquals(List.of(created.id()), named.stream().map(Domain::id).toList());
        }
    }

    /** Keeps what the listener heard, for the test thread to wait on. */
    private static final class Recorder implements EventListener {
        final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
        final List<StreamReset> resets = new CopyOnWriteArrayList<>();
        final List<ServerException> disconnects = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(ChangeEvent event) {
            events.add(event);
        }

        @Override
        public void onReset(StreamReset reset) {
            resets.add(reset);
        }

        @Override
        public void onDisconnected(ServerException cause) {
            disconnects.add(cause);
        }

        ChangeEvent await(String kind, String id) {
            Poll.until(WAIT, "an event " + kind + " for " + id + " arrives; so far " + events,
                    () -> find(kind, id) != null);
            return find(kind, id);
        }

        private ChangeEvent find(String kind, String id) {
            return events.stream().filter(event -> event.kind().equals(kind) && event.id().equals(id)).findFirst()
                    .orElse(null);
        }
    }
}
