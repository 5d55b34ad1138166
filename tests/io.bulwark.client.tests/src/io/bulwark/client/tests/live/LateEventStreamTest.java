package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.EventSubscription;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.tests.Agents;
import io.bulwark.client.tests.Poll;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.TestServer;

/**
 * A console whose event stream starts only after it read the server, against a real server process that already serves
 * as many streams as it will: the console reads the server without its stream, and once a stream is free and its own
 * runs, it reads the server again, so a change made in between is not lost.
 */
class LateEventStreamTest {

    /** How many streams the server serves at once (its {@code EventStreamEndpoint.MAX_STREAMS}). */
    private static final int SERVER_STREAMS = 64;
    /** Streams one client opens: its connection pool holds 12. */
    private static final int STREAMS_PER_CLIENT = 11;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<AutoCloseable> opened = new ArrayList<>();
    private TestServer server;
    private ModelThread model;

    @AfterEach
    void stop() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aChangeBetweenReadingAndAStreamThatStartedLateReachesTheConsole(@TempDir Path data) throws Exception {
        server = opening(TestServer.start(data.resolve("server")));
        Agents.register(server, 3);
        List<EventSubscription> taken = new ArrayList<>();
        List<ServerClient> takers = new ArrayList<>();
        while (taken.size() < SERVER_STREAMS) {
            ServerClient taker = opening(client());
            takers.add(taker);
            for (int i = 0; i < STREAMS_PER_CLIENT && taken.size() < SERVER_STREAMS; i++) {
                taken.add(taker.events(null, event -> {
                    // only holding the stream
                }));
            }
        }
        Poll.until(WAIT, "every stream the server serves is taken",
                () -> taken.stream().allMatch(EventSubscription::isConnected));

        model = opening(new ModelThread());
        ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId("late-stream");
        managed.setName("Late stream");
        ServerConnection connection = opening(
                model.read(() -> new ServerConnection(managed, client(), model.resources, model.executor())));
        connection.open(null);
        assertEquals(3, agentsIn(connection), "read without a stream");

        Agents.register(server, 2);
        for (EventSubscription stream : taken) {
            stream.close();
        }
        takers.forEach(ServerClient::close);
        Poll.until(WAIT, "the console's stream runs and the console has read the server again",
                () -> agentsIn(connection) == 5 && model.read(managed::getState) == ConnectionState.CONNECTED);
    }

    private int agentsIn(ServerConnection connection) {
        return model.read(() -> AgentTreeIndex.of(connection.tree()).agentCount());
    }

    private ServerClient client() {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    private <T extends AutoCloseable> T opening(T closeable) {
        opened.add(closeable);
        return closeable;
    }
}
