package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.tests.Poll;
import io.bulwark.model.AccountRole;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.test.servers.TestServer;

/**
 * The role of the account a console signed in with follows the server, against a real server process: root changes an
 * operator to an administrator and back, and the connected console's model has each new role without signing in again,
 * so what the console offers matches what the server allows.
 */
class SignedInRoleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String USER = "watcher";
    private static final String PASSWORD = "watcher-secret";

    private TestServer server;
    private ModelThread model;
    private ServerConnection connection;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{connection, model, server}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void theRoleChangedByRootReachesTheConsoleSignedInWithIt(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"));
        try (ServerClient root = client("root", server.rootPassword())) {
            long domain = root.createDomain("Watched", null, null).id();
            root.administration().createAccount(new AccountRequest(USER, "operator", PASSWORD, List.of()), null);
            model = new ModelThread();
            ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
            managed.setId("role-test");
            managed.setName("Role test");
            connection = model.read(
                    () -> new ServerConnection(managed, client(USER, PASSWORD), model.resources, model.executor()));
            connection.open(null);
            assertEquals(AccountRole.OPERATOR, model.read(managed::getRole));

            root.administration().updateAccount(USER,
                    new AccountRequest(USER, "administrator", null, List.of(Long.valueOf(domain))), null);
            Poll.until(WAIT, "the console has the administrator role",
                    () -> model.read(managed::getRole) == AccountRole.ADMINISTRATOR);

            root.administration().updateAccount(USER, new AccountRequest(null, "operator", null, List.of()), null);
            Poll.until(WAIT, "the console is back to the operator role",
                    () -> model.read(managed::getRole) == AccountRole.OPERATOR);
        }
    }

    private ServerClient client(String user, String password) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials(user, password.toCharArray()), CertificateFingerprint.parse(server.fingerprint()));
    }
}
