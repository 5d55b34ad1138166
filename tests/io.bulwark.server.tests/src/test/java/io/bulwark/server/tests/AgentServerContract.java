package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;

/**
 * One real server process started with an enrolment key, over HTTPS, on the given storage, with a root session and an
 * anonymous session for the agents' calls: what the agent test classes share. Each test makes its own agents (fresh
 * GUIDs, its own host names and address range), so the tests share the server without seeing each other's agents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AgentServerContract {

    static final String KEY = "enrol-me-7f3a";
    static final String[] ENROL = {"Bulwark-Enrolment-Key", KEY};
    static final String ROOT_PASSWORD = "agents-root-secret";

    private final Storage storage;
    Path dataFolder;
    TestDatabase database;
    ServerProcess server;
    AdminSession root;
    AdminSession agent;

    AgentServerContract(Storage storage) {
        this.storage = storage;
    }

    @BeforeAll
    void startServer(@TempDir Path folder) throws Exception {
        dataFolder = folder;
        database = TestDatabase.create(storage);
        server = ServerProcess.start(dataFolder, database, "--root-password", ROOT_PASSWORD, "--enroll-key", KEY);
        root = AdminSession.login(server, "root", ROOT_PASSWORD);
        agent = AdminSession.anonymous(server);
    }

    @AfterAll
    void stopServer() throws Exception {
        Fixtures.closeAll(agent, root, server, database);
    }

    Registered register(Registration registration) throws Exception {
        AdminSession.Reply reply = AgentCalls.register(agent, registration, ENROL);
        assertEquals(200, reply.status(), reply.body());
        return reply.as(Registered.class);
    }

    long createDomain(String name) throws Exception {
        AdminSession.Reply reply = root.post("/api/v1/domains", Map.of("name", name));
        assertEquals(201, reply.status(), reply.body());
        return reply.as(Domain.class).id();
    }

    void groupRange(String range, long domainId) throws Exception {
        AdminSession.Reply reply = root.post("/api/v1/grouping-rules",
                Map.of("ipRange", range, "domainId", Long.valueOf(domainId)));
        assertEquals(201, reply.status(), reply.body());
    }

    long agentCount() throws Exception {
        return root.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue();
    }
}
