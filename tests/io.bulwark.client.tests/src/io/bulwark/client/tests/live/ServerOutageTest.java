package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.client.tests.Agents;
import io.bulwark.client.tests.Poll;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.TestServer;

/**
 * The live model when servers go away: a restarted server is followed again without reconnecting by hand, changes made
 * while the console was not connected arrive even when no event had reached it before, and with one of two servers
 * killed the other keeps working.
 */
class ServerOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestServer first;
    private TestServer second;
    private ModelThread model;
    private ServerConnection firstConnection;
    private ServerConnection secondConnection;

    @BeforeEach
    void startServers(@TempDir Path data) throws Exception {
        first = TestServer.start(data.resolve("first"));
        second = TestServer.start(data.resolve("second"));
        Agents.register(first, 20);
        Agents.register(second, 30);
        model = new ModelThread();
        firstConnection = connect(first, "first");
        secondConnection = connect(second, "second");
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{firstConnection, secondConnection, model, first,
                second}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private ServerConnection connect(TestServer server, String id) throws Exception {
        ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId(id);
        managed.setName(id);
        ServerConnection connection = model
                .read(() -> new ServerConnection(managed, client(server, RetryPolicy.DEFAULT), model.resources,
                        model.executor()));
        connection.open(null);
        return connection;
    }

    private static ServerClient client(TestServer server, RetryPolicy retry) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()), retry);
    }

    private int agentsIn(ServerConnection connection) {
        return model.read(() -> AgentTreeIndex.of(connection.tree()).agentCount());
    }

    private ConnectionState stateOf(ServerConnection connection) {
        return model.read(() -> connection.server().getState());
    }

    private void stopTheFirstServer() throws Exception {
        first.stop();
        Poll.until(WAIT, "the stopped server shows as unreachable",
                () -> stateOf(firstConnection) == ConnectionState.UNREACHABLE);
    }

    @Test
    void aRestartedServerIsFollowedAgain() throws Exception {
        stopTheFirstServer();

        first.restart();
        Poll.until(WAIT, "the restarted server shows as connected again",
                () -> stateOf(firstConnection) == ConnectionState.CONNECTED);
        Agents.register(first, 5);
        try (ServerClient other = client(first, RetryPolicy.DEFAULT)) {
            long domain = other.createDomain("After the restart", null, null).id();
            Poll.until(WAIT, "changes made after the restart arrive", () -> agentsIn(firstConnection) == 25
                    && model.read(() -> AgentTreeIndex.of(firstConnection.tree()).domain(domain)) != null);
        }
    }

    @Test
    void changesMadeBeforeTheConsoleReconnectsArriveThoughNoEventHadReachedIt() throws Exception {
        // No change happened since the console connected: the stream holds only the id the server started it at.
        stopTheFirstServer();

        first.restart();
        Agents.register(first, 5); // at once: the console reconnects after a delay that grew while the server was down
        Poll.until(WAIT, "the console follows the restarted server and shows the agents registered meanwhile",
                () -> stateOf(firstConnection) == ConnectionState.CONNECTED && agentsIn(firstConnection) == 25);
    }

    @Test
    void withOneOfTwoServersKilledTheOtherKeepsWorking() throws Exception {
        first.kill();
        Poll.until(WAIT, "the killed server shows as unreachable",
                () -> stateOf(firstConnection) == ConnectionState.UNREACHABLE);
        assertEquals(20, agentsIn(firstConnection), "what was read from the killed server stays shown");

        Agents.register(second, 7);
        Poll.until(WAIT, "agents registering with the other server arrive", () -> agentsIn(secondConnection) == 37);
        assertEquals(ConnectionState.CONNECTED, stateOf(secondConnection));
        try (ServerClient dead = client(first, RetryPolicy.NONE)) {
            assertThrows(ServerUnreachableException.class, () -> dead.serverInfo(null));
        }
    }
}
