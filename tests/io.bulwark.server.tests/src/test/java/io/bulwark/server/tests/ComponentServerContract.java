package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.components.ComponentUpdateJob;

/**
 * One real server process started against the test class's update source process, on the given storage, with a root
 * session: what the component test classes share, with "Update server now" run to its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComponentServerContract {

    static final String ROOT_PASSWORD = "components-root";
    static final String VIRUS = "virus-pattern";
    static final String ENGINE = "scan-engine";
    static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(30);

    private final Storage storage;
    TestDatabase database;
    Path dataFolder;
    ServerProcess server;
    AdminSession root;

    ComponentServerContract(Storage storage) {
        this.storage = storage;
    }

    /**
     * @return the update source the server is started against, shared by the storages of the test class
     */
    abstract UpdateSourceProcess source();

    @BeforeAll
    void startServer(@TempDir Path folder) throws Exception {
        dataFolder = folder;
        database = TestDatabase.create(storage);
        start();
    }

    void start() throws Exception {
        server = ServerProcess.start(dataFolder, database, "--root-password", ROOT_PASSWORD, "--update-source",
                source().uri().toString());
        root = AdminSession.login(server, "root", ROOT_PASSWORD);
    }

    void stop(boolean kill) throws Exception {
        root.close();
        if (kill) {
            server.kill();
        } else {
            server.stop();
        }
    }

    @AfterAll
    void stopServer() throws Exception {
        Fixtures.closeAll(root, server, database);
    }

    ComponentUpdateJob runUpdate() throws Exception {
        AdminSession.Reply started = root.post("/api/v1/components/update", "{}");
        assertEquals(202, started.status(), started.body());
        String id = started.as(ComponentUpdateJob.class).id();
        ComponentUpdateJob job = Await.until("the update " + id + " to finish", UPDATE_TIMEOUT,
                () -> root.get("/api/v1/components/update").as(ComponentUpdateJob.class),
                latest -> !latest.id().equals(id) || !latest.state().equals(ComponentUpdateJob.RUNNING));
        assertEquals(id, job.id());
        return job;
    }

    static void assertForbidden(AdminSession.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertEquals(ErrorCodes.FORBIDDEN, reply.error().error());
    }
}
