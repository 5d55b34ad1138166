package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.CertificateChangedException;
import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.client.ServerAddress;
import io.bulwark.core.ModelExecutor;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerConnections;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.core.internal.SecureServerCredentials;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.test.servers.TestServer;

/**
 * Connecting registered servers against real server processes: a first certificate waits for the administrator's
 * confirmation, a changed one is refused until the administrator accepts it, and both decisions are kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerConnectionsTest {

    private TestServer first;
    private TestServer second;
    private ExecutorService thread;
    private ModelExecutor modelThread;
    private ConsoleState console;
    private LiveServerRegistry registry;
    private SecureServerCredentials credentials;
    private LiveServerConnections connections;

    @BeforeAll
    void startServers(@TempDir Path data) throws Exception {
        first = TestServer.start(data.resolve("first"));
        second = TestServer.start(data.resolve("second"));
    }

    @AfterAll
    void stopServers() throws Exception {
        first.close();
        second.close();
    }

    @BeforeEach
    void openConsole(@TempDir Path folder) throws Exception {
        thread = Executors.newSingleThreadExecutor();
        Thread[] model = new Thread[1];
        thread.submit(() -> model[0] = Thread.currentThread()).get();
        modelThread = new ModelExecutor() {
            @Override
            public void execute(Runnable task) {
                thread.execute(task);
            }

            @Override
            public boolean isModelThread() {
                return Thread.currentThread() == model[0];
            }
        };
        console = ConsoleState.withPasswordFile(folder.resolve("console"));
        registry = console.registry();
        credentials = console.credentials();
        connections = new LiveServerConnections(registry, credentials, modelThread);
    }

    @AfterEach
    void closeConsole() throws Exception {
        onModel(() -> {
            registry.allServers().forEach(connections::disconnect);
            return null;
        });
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    private <T> T onModel(Callable<T> task) throws Exception {
        return thread.submit(task).get(30, TimeUnit.SECONDS);
    }

    private ManagementServer register(TestServer server, String name) throws Exception {
        ManagementServer added = onModel(
                () -> registry.addServer(ServerDetails.of(ServerAddress.parse(server.uri().toString()), name)
                        .withUser("root"), null));
        credentials.storePassword(added, server.rootPassword().toCharArray());
        return added;
    }

    private IStatus connect(ManagementServer server) throws Exception {
        Job job = onModel(() -> connections.connect(server));
        job.join(60_000, null);
        return job.getResult();
    }

    @Test
    void aFirstCertificateWaitsForConfirmationAndTheConfirmationIsKept() throws Exception {
        ManagementServer server = register(first, "First");

        IStatus refused = connect(server);
        CertificateNotTrustedException unconfirmed = assertInstanceOf(CertificateNotTrustedException.class,
                refused.getException(), refused::getMessage);
        assertEquals(first.fingerprint(), unconfirmed.presented().toString(),
                "the fingerprint to confirm is the one the server printed");
        assertEquals(ConnectionState.CERTIFICATE_UNCONFIRMED, onModel(server::getState));

        onModel(() -> {
            registry.pinCertificate(server, unconfirmed.presented().toString());
            return null;
        });
        assertTrue(connect(server).isOK());
        assertEquals(ConnectionState.CONNECTED, onModel(server::getState));

        LiveServerRegistry restarted = console.copyTo(console.folder.resolveSibling("restarted")).registry();
        assertEquals(first.fingerprint(), restarted.findServerById(onModel(server::getId)).getPinnedFingerprint(),
                "the confirmed certificate is still trusted after a restart");
    }

    @Test
    void aChangedCertificateIsRefusedUntilTheAdministratorAcceptsIt() throws Exception {
        ManagementServer server = register(first, "Moved");
        onModel(() -> {
            registry.pinCertificate(server, first.fingerprint());
            return null;
        });
        assertTrue(connect(server).isOK());
        onModel(() -> {
            connections.disconnect(server);
            // The same name now answers with another certificate: here, another server at the address.
            registry.editServer(server, ServerDetails.of(ServerAddress.parse(second.uri().toString()), "Moved")
                    .withUser("root"));
            return null;
        });
        credentials.storePassword(server, second.rootPassword().toCharArray());

        IStatus refused = connect(server);
        CertificateChangedException changed = assertInstanceOf(CertificateChangedException.class,
                refused.getException(), refused::getMessage);
        assertTrue(changed.getMessage().contains(first.fingerprint())
                && changed.getMessage().contains(second.fingerprint()), changed.getMessage());
        assertEquals(ConnectionState.CERTIFICATE_CHANGED, onModel(server::getState));
        assertEquals(first.fingerprint(), onModel(server::getPinnedFingerprint), "nothing is trusted silently");

        onModel(() -> {
            registry.replacePinnedCertificate(server, second.fingerprint());
            return null;
        });
        assertTrue(connect(server).isOK());
        assertEquals(ConnectionState.CONNECTED, onModel(server::getState));
    }
}
