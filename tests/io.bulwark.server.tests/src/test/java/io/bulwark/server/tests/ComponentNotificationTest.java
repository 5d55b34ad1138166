package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.CancelNotificationsResult;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.ComponentTarget;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.protocol.components.UpdateComponentsCommand;

/**
 * Notifying agents of the components the server holds, and the notification queue, against a real server that has
 * fetched its components from a real simulated update source process shared by the class; on H2 and on PostgreSQL. The
 * tests of a storage run in order on one server: each builds on the notifications the one before left.
 */
class ComponentNotificationTest {

    private static UpdateSourceProcess source;

    @BeforeAll
    static void startSource(@TempDir Path folder) throws Exception {
        source = UpdateSourceProcess.start(folder);
    }

    @AfterAll
    static void stopSource() {
        if (source != null) {
            source.close();
        }
    }

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Contract extends ComponentServerContract {

        Contract(Storage storage) {
            super(storage);
        }

        @Override
        UpdateSourceProcess source() {
            return source;
        }

        @BeforeAll
        void holdComponentsWithIncrements() throws Exception {
            assertEquals(ComponentUpdateJob.SUCCEEDED, runUpdate().state());
            source.publish(null, 2);
            assertEquals(ComponentUpdateJob.SUCCEEDED, runUpdate().state());
        }

        @Test
        @Order(1)
        void versionsSurviveAKillAndNotifyQueuesOneCommandPerOutdatedAgent() throws Exception {
            List<Component> held = List.of(root.get("/api/v1/components").as(Component[].class));
            Domain branch = root.post("/api/v1/domains", new DomainRequest("Branch", null, null)).as(Domain.class);
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("branch-admin", "administrator", "branch-secret", List.of(branch.id())))
                    .status());
            stop(true);
            Map<String, Long> current = held.stream()
                    .collect(Collectors.toMap(Component::name, c -> Long.valueOf(c.version())));
            Map<String, Long> behind = new HashMap<>(current);
            behind.put(VIRUS, Long.valueOf(current.get(VIRUS).longValue() - 1));
            UUID outdated = addAgent("outdated-pc", null, versions(behind));
            UUID upToDate = addAgent("current-pc", null, versions(current));
            UUID silent = addAgent("silent-pc", null, null);
            UUID inBranch = addAgent("branch-pc", branch.id(), null);
            start();

            assertEquals(held, List.of(root.get("/api/v1/components").as(Component[].class)));
            ServerInfo info = root.get("/api/v1/server").as(ServerInfo.class);
            assertEquals(held.stream().map(c -> new ComponentVersion(c.name(), c.version())).toList(),
                    info.components());

            try (AdminSession admin = AdminSession.login(server, "branch-admin", "branch-secret")) {
                assertForbidden(admin.post("/api/v1/components/notify",
                        new NotifyAgentsRequest(List.of(outdated), null, null, null)));
                assertForbidden(admin.post("/api/v1/components/notify", new NotifyAgentsRequest(null, null, true,
                        null)));
                assertEquals(0, queue().size(), "a refused request queues nothing");
                NotifyAgentsResult branchOnly = admin
                        .post("/api/v1/components/notify", new NotifyAgentsRequest(null, branch.id(), null, null))
                        .as(NotifyAgentsResult.class);
                assertEquals(new NotifyAgentsResult(1, 0, 0, 0), branchOnly);
            }

            NotifyAgentsResult all = root.post("/api/v1/components/notify",
                    new NotifyAgentsRequest(null, null, true, null)).as(NotifyAgentsResult.class);
            assertEquals(new NotifyAgentsResult(2, 1, 1, 0), all);
            NotifyAgentsResult again = root.post("/api/v1/components/notify",
                    new NotifyAgentsRequest(List.of(outdated, silent, upToDate), null, null, null))
                    .as(NotifyAgentsResult.class);
            assertEquals(new NotifyAgentsResult(0, 2, 1, 0), again);

            List<Notification> queued = queue();
            assertEquals(Set.of(outdated, silent, inBranch),
                    queued.stream().map(Notification::agentId).collect(Collectors.toSet()));
            Notification forOutdated = queued.stream().filter(n -> n.agentId().equals(outdated)).findFirst()
                    .orElseThrow();
            assertEquals("outdated-pc", forOutdated.hostName());
            assertEquals(List.of(new ComponentVersion(VIRUS, current.get(VIRUS).longValue())),
                    forOutdated.components());
            Notification forSilent = queued.stream().filter(n -> n.agentId().equals(silent)).findFirst()
                    .orElseThrow();
            assertEquals(held.size(), forSilent.components().size());
            Notification forBranch = queued.stream().filter(n -> n.agentId().equals(inBranch)).findFirst()
                    .orElseThrow();
            assertEquals(branch.id(), forBranch.domainId().longValue());

            NotificationPage firstPage = root.get("/api/v1/notifications?limit=2").as(NotificationPage.class);
            assertEquals(2, firstPage.items().size());
            NotificationPage lastPage = root.get("/api/v1/notifications?limit=2&cursor=" + firstPage.next())
                    .as(NotificationPage.class);
            assertEquals(1, lastPage.items().size());
            assertNull(lastPage.next());
            assertEquals(400, root.get("/api/v1/notifications?cursor=abc").status());
        }

        @Test
        @Order(2)
        void cancelRemovesQueuedNotificationsAndRefusesBadRequestsWithoutChanges() throws Exception {
            List<Notification> queued = queue();
            assertEquals(3, queued.size());

            for (Object bad : List.of("{}", "{\"ids\":[]}", "{\"all\":false}", "{\"ids\":[1],\"all\":true}",
                    "{\"ids\":[1],\"agentsIds\":[]}")) {
                assertEquals(400, root.post("/api/v1/notifications/cancel", bad).status(), bad.toString());
            }
            assertEquals(400, root.post("/api/v1/components/notify",
                    new NotifyAgentsRequest(List.of(UUID.randomUUID()), null, null, null)).status());
            assertEquals(queued, queue(), "refused requests change nothing");

            CancelNotificationsResult one = root.post("/api/v1/notifications/cancel",
                    new CancelNotificationsRequest(List.of(queued.getFirst().id()), null, null))
                    .as(CancelNotificationsResult.class);
            assertEquals(1, one.cancelled());
            assertEquals(queued.subList(1, 3), queue());

            CancelNotificationsResult byAgent = root.post("/api/v1/notifications/cancel",
                    new CancelNotificationsRequest(null, List.of(queued.get(1).agentId()), null))
                    .as(CancelNotificationsResult.class);
            assertEquals(1, byAgent.cancelled());

            CancelNotificationsResult rest = root.post("/api/v1/notifications/cancel",
                    new CancelNotificationsRequest(null, null, true)).as(CancelNotificationsResult.class);
            assertEquals(1, rest.cancelled());
            assertEquals(List.of(), queue());
        }

        @Test
        @Order(3)
        void queuedPayloadsNameTheFilesAndIncrementsEachAgentNeeds() throws Exception {
            NotifyAgentsResult all = root.post("/api/v1/components/notify",
                    new NotifyAgentsRequest(null, null, true, null)).as(NotifyAgentsResult.class);
            assertEquals(new NotifyAgentsResult(3, 0, 1, 0), all);
            Map<String, Component> held = new HashMap<>();
            for (Component component : root.get("/api/v1/components").as(Component[].class)) {
                held.put(component.name(), component);
            }
            UpdateSourceProcess.Manifest manifest = source.manifest();
            stop(false);

            List<UpdateComponentsCommand> payloads = new ArrayList<>();
            try (Connection connection = database.connect(dataFolder);
                    PreparedStatement query = connection.prepareStatement("SELECT payload FROM agent_command"
                            + " WHERE kind = 'update_components' AND state = 'queued'");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(AdminSession.JSON.read(rows.getString(1).getBytes(StandardCharsets.UTF_8),
                            UpdateComponentsCommand.class));
                }
            }

            assertEquals(3, payloads.size());
            for (ComponentTarget target : payloads.stream().flatMap(c -> c.components().stream()).toList()) {
                Component component = held.get(target.name());
                assertEquals(component.version(), target.version());
                assertEquals(component.kind(), target.kind());
                assertEquals("/agent/v1/components/" + target.name() + "/full/" + target.version(),
                        target.full().path());
                assertEquals(component.size(), target.full().size());
                assertEquals(component.sha256(), target.full().sha256());
                long next = target.increments().isEmpty() ? -1 : target.increments().getFirst().from();
                for (ComponentIncrement increment : target.increments()) {
                    assertEquals(next, increment.from(), "an unbroken chain");
                    assertEquals(next + 1, increment.to());
                    assertEquals("/agent/v1/components/" + target.name() + "/increments/" + next, increment.path());
                    UpdateSourceProcess.Increment published = manifest.component(target.name()).increments()
                            .stream().filter(i -> i.from() == increment.from()).findFirst().orElseThrow();
                    assertEquals(published.sha256(), increment.sha256());
                    assertEquals(published.size(), increment.size());
                    next++;
                }
                if (!target.increments().isEmpty()) {
                    assertEquals(target.version(), next, "the chain ends at the target version");
                }
            }
            long virusVersion = held.get(VIRUS).version();
            ComponentTarget oneBehind = payloads.stream().filter(c -> c.components().size() == 1)
                    .map(c -> c.components().getFirst()).findFirst().orElseThrow();
            assertEquals(VIRUS, oneBehind.name(), "the agent behind on one pattern is told about that one only");
            assertEquals(List.of(virusVersion - 1),
                    oneBehind.increments().stream().map(ComponentIncrement::from).toList(),
                    "and gets exactly the one increment it needs");
            assertTrue(payloads.stream().flatMap(c -> c.components().stream())
                    .filter(t -> t.name().equals(ENGINE)).allMatch(t -> t.increments().isEmpty()));
        }

        private List<Notification> queue() throws Exception {
            AdminSession.Reply reply = root.get("/api/v1/notifications?limit=1000");
            assertEquals(200, reply.status(), reply.body());
            NotificationPage page = reply.as(NotificationPage.class);
            assertNull(page.next());
            return page.items();
        }

        private UUID addAgent(String hostName, Long domainId, String componentVersions) throws Exception {
            UUID id = UUID.randomUUID();
            try (Connection connection = database.connect(dataFolder);
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO agent (id, host_name, ip, domain_id, registered_at, component_versions)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, hostName);
                insert.setString(3, "10.1.2.3");
                insert.setObject(4, domainId);
                insert.setObject(5, OffsetDateTime.now());
                insert.setString(6, componentVersions == null ? "{}" : componentVersions);
                insert.executeUpdate();
            }
            return id;
        }

        private static String versions(Map<String, Long> versions) {
            return new String(AdminSession.JSON.write(versions), StandardCharsets.UTF_8);
        }
    }
}
