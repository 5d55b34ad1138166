package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.TestServer;

/**
 * The console's live trees of both servers follow a move through the event streams alone, as the console shows them
 * while a move runs: the agents leave the source's tree when the source forgets them and appear in the target's, with
 * no reload in between. Real server processes; the agents speak the real protocol ({@link ScriptedAgent}).
 */
class TreesFollowAMoveTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ExecutorService modelThread = Executors.newSingleThreadExecutor();
    private final ResourceSet resources = new ResourceSetImpl();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private TestServer sourceServer;
    private TestServer targetServer;
    private Path data;

    @BeforeEach
    void startServers(@TempDir Path folder) throws Exception {
        data = folder;
        sourceServer = opening(TestServer.start(data.resolve("source"), "--name", "trees-source"));
        targetServer = opening(TestServer.start(data.resolve("target"), "--name", "trees-target"));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        modelThread.shutdownNow();
        modelThread.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void movedAgentsLeaveTheSourcesTreeAndAppearInTheTargets() throws Exception {
        List<ScriptedAgent> moving = List.of(agent("trees-1", "10.8.0.1"), agent("trees-2", "10.8.0.2"));
        ScriptedAgent staying = agent("trees-3", "10.8.0.3");
        ServerConnection sourceTree = connect(sourceServer, "source");
        ServerConnection targetTree = connect(targetServer, "target");
        assertEquals(3, agentCount(sourceTree));
        assertEquals(0, agentCount(targetTree));

        ServerClient source = opening(client(sourceServer));
        ServerClient target = opening(client(targetServer));
        MovePlan plan = new MovePlanner(source, target)
                .plan(MovePlanRequest.of(moving.stream().map(ScriptedAgent::id).toList(), null), null);
        MoveJournal journal = new MoveJournal(data.resolve("moves"));
        journal.create(plan);
        MoveRunner runner = new MoveRunner(journal, source, target);
        assertEquals(MovePhase.STARTED, runner.step(plan.moveId(), null).phase());
        for (ScriptedAgent agent : moving) {
            assertTrue(agent.heartbeatAndRelocate(), "the agent is told to relocate");
        }
        MoveJobRecord finished = runner.step(plan.moveId(), null);
        assertTrue(finished.allArrived(), finished.toString());

        Poll.until(WAIT, "the source's tree holds only the agent that stayed",
                () -> agentCount(sourceTree) == 1 && holds(sourceTree, staying));
        Poll.until(WAIT, "the target's tree holds the moved agents",
                () -> agentCount(targetTree) == 2 && moving.stream().allMatch(agent -> holds(targetTree, agent)));
    }

    private ScriptedAgent agent(String host, String ip) throws Exception {
        return opening(ScriptedAgent.register(sourceServer, host, ip));
    }

    private ServerConnection connect(TestServer server, String id) throws Exception {
        ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId(id);
        managed.setName(id);
        ServerConnection connection = onModel(
                () -> new ServerConnection(managed, client(server), resources, modelThread));
        opening(connection);
        connection.open(null);
        return connection;
    }

    private int agentCount(ServerConnection connection) {
        return onModel(() -> Integer.valueOf(AgentTreeIndex.of(connection.tree()).agentCount())).intValue();
    }

    private boolean holds(ServerConnection connection, ScriptedAgent agent) {
        return onModel(() -> Boolean.valueOf(
                AgentTreeIndex.of(connection.tree()).agent(agent.id().toString()) != null)).booleanValue();
    }

    private <T> T onModel(Callable<T> question) {
        try {
            return modelThread.submit(question).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the model failed", e);
        }
    }

    private <T extends AutoCloseable> T opening(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }
}
