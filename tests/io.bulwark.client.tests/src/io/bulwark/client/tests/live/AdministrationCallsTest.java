package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentComponentScan;
import io.bulwark.client.AgentQuery;
import io.bulwark.client.ComponentUpdates;
import io.bulwark.client.Credentials;
import io.bulwark.client.ForbiddenException;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerBackups;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.tests.Poll;
import io.bulwark.model.Agent;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.OutdatedVerdict;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.admin.BackupRestore;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.test.servers.TestFleet;
import io.bulwark.test.servers.TestServer;

/**
 * The administration calls the console adds (update server now, notify agents, the notification queue, backups) and the
 * reading of agents' component versions into the live model, against a real server with a simulated update source and a
 * real fleet whose agents report versions just behind the source's first ones. The tests build on each other in order:
 * the server updates, its agents are found behind, notified, the notifications cancelled, then backups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationCallsTest {

    private static final int AGENTS = 3;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestServer server;
    private TestFleet fleet;
    private ServerClient client;
    private ModelThread model;
    private ServerConnection connection;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"), "--simulated-update-source");
        fleet = TestFleet.start(data.resolve("fleet"), server.uri(), server.fingerprint(), AGENTS, "--interval", "1");
        // Registered, the agents fall silent: notifications queued for them stay queued while the tests look.
        fleet.stop();
        client = client("root", server.rootPassword());
        model = new ModelThread();
        ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId("administration-calls-test");
        managed.setName("Administration calls test");
        connection = model.read(() -> new ServerConnection(managed, client("root", server.rootPassword()),
                model.resources, model.executor()));
        connection.open(null);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{connection, client, fleet, server}) {
            if (closeable != null) {
                closeable.close();
            }
        }
        if (model != null) {
            model.close();
        }
    }

    private ServerClient client(String user, String password) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials(user, password.toCharArray()), CertificateFingerprint.parse(server.fingerprint()));
    }

    private ComponentUpdates updates() {
        return client.administration().componentUpdates();
    }

    @Test
    @Order(1)
    void updateServerNowFetchesEveryComponentOfTheSource() throws Exception {
        assertEquals(null, updates().lastUpdate(null), "no run since the server started");
        ComponentUpdateJob started = updates().updateServer(null);
        assertNotNull(started.id());
        Poll.until(WAIT, "the update run has finished", () -> !ComponentUpdateJob.RUNNING.equals(call(
                () -> updates().lastUpdate(null).state())));
        ComponentUpdateJob finished = updates().lastUpdate(null);
        assertEquals(ComponentUpdateJob.SUCCEEDED, finished.state(), () -> "the run failed: " + finished.error());
        assertFalse(client.administration().components(null).isEmpty(), "the server holds the source's components");
    }

    @Test
    @Order(2)
    void theScanAsksTheServerWhichAgentsAreOutOfDateAndPutsTheAnswerIntoTheModel() throws Exception {
        int outdated = new AgentComponentScan(connection, model.executor()).run(null);
        assertEquals(AGENTS, outdated, "every agent reports versions behind the source's first ones");
        List<Integer> versions = model.read(() -> {
            List<Integer> counts = new ArrayList<>();
            OutdatedVerdict verdict = OutdatedVerdict.of(connection.tree());
            connection.tree().eAllContents().forEachRemaining(object -> {
                if (object instanceof Agent agent) {
                    assertEquals(Boolean.TRUE, verdict.isOutdated(agent), agent.getHostName());
                    counts.add(Integer.valueOf(agent.getComponentVersions().size()));
                }
            });
            return counts;
        });
        assertEquals(AGENTS, versions.size());
        assertTrue(versions.stream().allMatch(count -> count.intValue() > 0),
                "each agent out of date arrives with its versions");
        assertNull(client.agents(AgentQuery.all().withOutdatedOnly(), null, 1, null).total(),
                "a page counts only when asked");
        assertEquals(AGENTS, client.countAgents(AgentQuery.all().withOutdatedOnly(), null));
    }

    @Test
    @Order(3)
    void notifyingQueuesOneNotificationPerAgentBehindAndCancelEmptiesTheQueue() throws Exception {
        NotifyAgentsResult result = updates().notifyAgents(new NotifyAgentsRequest(null, null, Boolean.TRUE, null),
                null);
        assertEquals(AGENTS, result.queued(), "every agent reports versions behind the source's first ones");
        List<Notification> queued = updates().notifications(null, 100, null).items();
        assertEquals(AGENTS, queued.size());
        assertTrue(queued.stream().allMatch(notification -> !notification.components().isEmpty()));

        List<Long> ids = queued.stream().map(notification -> Long.valueOf(notification.id())).toList();
        assertEquals(AGENTS, updates().cancelNotifications(new CancelNotificationsRequest(ids, null, null), null)
                .cancelled());
        assertTrue(updates().notifications(null, 100, null).items().isEmpty());
    }

    @Test
    @Order(4)
    void aBackupIsTakenListedAndRestored() throws Exception {
        ServerBackups backups = client.administration().backups();
        Domain before = client.createDomain("Before the backup", null, null);
        Backup taken = backups.create(null);
        assertTrue(backups.list(null).stream().anyMatch(backup -> backup.id().equals(taken.id())));
        Domain after = client.createDomain("After the backup", null, null);

        BackupRestore restored = backups.restore(taken.id(), null);
        assertEquals(taken.id(), restored.backup().id());
        assertTrue(restored.rowsRestored() > 0);
        List<String> names = client.domains(null).stream().map(Domain::name).toList();
        assertTrue(names.contains(before.name()), "what the backup held is back");
        assertFalse(names.contains(after.name()), "what came after the backup is gone");
        assertThrows(NotFoundException.class, () -> backups.restore("no-such-backup", null));
    }

    @Test
    @Order(5)
    void anOperatorReadsButMayNotUpdateNotifyOrBackUp() throws Exception {
        client.administration().createAccount(new AccountRequest("watcher", "operator", "watcher-password-1", null),
                null);
        try (ServerClient operator = client("watcher", "watcher-password-1")) {
            ComponentUpdates updates = operator.administration().componentUpdates();
            assertNotNull(updates.notifications(null, 10, null));
            assertFalse(operator.administration().backups().list(null).isEmpty());
            assertThrows(ForbiddenException.class, () -> updates.updateServer(null));
            assertThrows(ForbiddenException.class, () -> updates.notifyAgents(
                    new NotifyAgentsRequest(List.of(UUID.randomUUID()), null, null, null), null));
            assertThrows(ForbiddenException.class, () -> operator.administration().backups().create(null));
        }
    }

    /** A call that fails the test instead of throwing a checked exception, for conditions. */
    private static <T> T call(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

}
