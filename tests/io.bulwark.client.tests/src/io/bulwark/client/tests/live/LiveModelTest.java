package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.tests.Agents;
import io.bulwark.client.tests.Poll;
import io.bulwark.model.AccountRole;
import io.bulwark.model.Agent;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.edit.ModelEditing;
import io.bulwark.model.edit.TreeCommands;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.TestServer;

/**
 * A server with 6,000 agents (more than one batch of the model's loading) loaded into the live model, and changes made
 * by another client arriving through the event stream, against a real server process. Larger fleets are the
 * {@code agent-list} benchmark's business.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveModelTest {

    private static final int AGENTS = 6_000;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestServer server;
    private ModelThread model;
    private ManagementServer managed;
    private ServerConnection connection;
    private List<UUID> agents;

    @BeforeAll
    void connect(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"));
        agents = Agents.register(server, AGENTS);
        model = new ModelThread();
        managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId("live-model-test");
        managed.setName("Live model test");
        connection = model.read(() -> new ServerConnection(managed, client(), model.resources, model.executor()));
        connection.open(null);
    }

    @AfterAll
    void disconnect() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (model != null) {
            model.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ServerClient client() {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    @Test
    void everyAgentOfTheServerIsInTheModel() {
        assertEquals(AGENTS, (int) model.read(() -> AgentTreeIndex.of(connection.tree()).agentCount()));
        assertEquals(AGENTS, (int) model.read(() -> connection.tree().getAgents().size()),
                "agents in no domain sit at the root");
        Agent first = model.read(() -> AgentTreeIndex.of(connection.tree()).agent(agents.get(0).toString()));
        assertNotNull(first);
        assertEquals("host-00000", model.read(first::getHostName));
        assertEquals(ConnectionState.CONNECTED, model.read(managed::getState));
        assertNotNull(model.read(managed::getVersion), "the server's version is read on connecting");
        assertSame(connection.tree(), model.read(managed::getAgentTree));
        assertEquals(AccountRole.ROOT, model.read(managed::getRole), "the role of the account signed in with");
    }

    @Test
    void aChangeByAnotherClientArrivesThroughTheEventStream() throws Exception {
        try (ServerClient other = client()) {
            io.bulwark.protocol.admin.Domain branch = other.createDomain("Branch office", null, null);
            other.moveAgents(agents.subList(0, 3), Long.valueOf(branch.id()), UUID.randomUUID().toString(), null);

            Poll.until(WAIT, "the new domain holds the three moved agents", () -> model.read(() -> {
                Domain domain = AgentTreeIndex.of(connection.tree()).domain(branch.id());
                return domain != null && domain.getAgents().size() == 3;
            }));
            assertEquals("Branch office", model.read(() -> AgentTreeIndex.of(connection.tree()).domain(branch.id())
                    .getName()));
            assertEquals(AGENTS, (int) model.read(() -> AgentTreeIndex.of(connection.tree()).agentCount()),
                    "a move changes where agents are, not how many");
        }
    }

    @Test
    void anEditOfTheLiveTreeIsUndoneAndRedone() throws Exception {
        io.bulwark.protocol.admin.Domain created;
        try (ServerClient other = client()) {
            created = other.createDomain("Lab", null, null);
        }
        Poll.until(WAIT, "the new domain arrives", () -> model.read(
                () -> AgentTreeIndex.of(connection.tree()).domain(created.id()) != null));
        AdapterFactoryEditingDomain editing = model.read(() -> ModelEditing.createEditingDomain(model.resources));
        Domain lab = model.read(() -> AgentTreeIndex.of(connection.tree()).domain(created.id()));

        model.read(() -> {
            Command rename = TreeCommands.renameDomain(editing, lab, "Test lab");
            editing.getCommandStack().execute(rename);
            return null;
        });
        assertEquals("Test lab", model.read(lab::getName));
        model.read(() -> {
            editing.getCommandStack().undo();
            return null;
        });
        assertEquals("Lab", model.read(lab::getName));
        assertTrue(model.read(() -> editing.getCommandStack().canRedo()));
        model.read(() -> {
            editing.getCommandStack().redo();
            return null;
        });
        assertEquals("Test lab", model.read(lab::getName));
    }
}
