package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
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
import io.bulwark.protocol.components.ComponentUpdateProgress;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;
import io.bulwark.protocol.components.UpdateComponentsCommand;

/**
 * "Update server now" against a real simulated update source process shared by the class, then component downloads,
 * notifying agents and the notification queue; on H2 and on PostgreSQL. The tests of a storage run in order on one
 * server: each builds on the versions the one before left.
 */
class ComponentUpdateTest {

    private static final String ROOT_PASSWORD = "components-root";
    private static final String VIRUS = "virus-pattern";
    private static final String ENGINE = "scan-engine";
    private static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(30);

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
    abstract static class Contract {

        private final Storage storage;
        private TestDatabase database;
        private Path dataFolder;
        private ServerProcess server;
        private AdminSession root;

        Contract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path folder) throws Exception {
            dataFolder = folder;
            database = TestDatabase.create(storage);
            start();
        }

        private void start() throws Exception {
            server = ServerProcess.start(dataFolder, database, "--root-password", ROOT_PASSWORD, "--update-source",
                    source.uri().toString());
            root = AdminSession.login(server, "root", ROOT_PASSWORD);
        }

        private void stop(boolean kill) throws Exception {
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

        @Test
        @Order(1)
        void firstUpdateFetchesFullFilesAndLaterOnesOnlyIncrements() throws Exception {
            UpdateSourceProcess.Manifest first = source.manifest();
            int served = source.downloads().size();

            ComponentUpdateJob job = runUpdate();

            assertEquals(ComponentUpdateJob.SUCCEEDED, job.state(), job.toString());
            for (ComponentUpdateProgress progress : job.components()) {
                assertEquals(ComponentUpdateProgress.UPDATED, progress.state(), progress.toString());
                assertEquals(ComponentUpdateProgress.FULL, progress.method(), progress.toString());
                assertEquals(1, progress.filesFetched(), progress.toString());
                assertNull(progress.fromVersion(), progress.toString());
            }
            assertEquals(first.components().stream().map(c -> c.full().path()).collect(Collectors.toSet()),
                    downloadsSince(served));
            assertHoldsExactly(first);

            UpdateSourceProcess.Manifest later = source.publish(null, 2);
            served = source.downloads().size();
            job = runUpdate();

            assertEquals(ComponentUpdateJob.SUCCEEDED, job.state(), job.toString());
            Set<String> expected = new HashSet<>();
            for (UpdateSourceProcess.Offered offered : later.components()) {
                ComponentUpdateProgress progress = progressOf(job, offered.name());
                long before = first.component(offered.name()).version();
                assertEquals(Long.valueOf(before), progress.fromVersion());
                assertEquals(Long.valueOf(before + 2), progress.toVersion());
                if (offered.kind().equals(Component.PATTERN)) {
                    assertEquals(ComponentUpdateProgress.INCREMENTS, progress.method(), progress.toString());
                    assertEquals(2, progress.filesFetched());
                    offered.increments().stream().filter(i -> i.from() >= before)
                            .forEach(i -> expected.add(i.path()));
                } else {
                    assertEquals(ComponentUpdateProgress.FULL, progress.method(), progress.toString());
                    expected.add(offered.full().path());
                }
            }
            assertEquals(expected, downloadsSince(served), "patterns fetch only increments, the engine its full file");
            assertHoldsExactly(later);
            for (UpdateSourceProcess.Offered offered : later.components()) {
                byte[] merged = agentDownload("/agent/v1/components/" + offered.name() + "/full/" + offered.version())
                        .body();
                assertArrayEquals(source.file(offered.full().path()), merged, offered.name() + " byte for byte");
                assertEquals(offered.full().sha256(), sha256(merged));
            }
        }

        @Test
        @Order(2)
        void corruptIncrementIsRefusedAndTheOldVersionKept() throws Exception {
            long held = component(VIRUS).version();
            UpdateSourceProcess.Offered offered = source.publish(VIRUS, 1).component(VIRUS);
            UpdateSourceProcess.Increment newest = offered.increments().getLast();
            assertEquals(held, newest.from());
            Set<Path> filesBefore = componentFiles();

            source.corrupt(newest.path());
            ComponentUpdateJob job;
            try {
                job = runUpdate();
            } finally {
                source.repair();
            }

            assertEquals(ComponentUpdateJob.FAILED, job.state());
            ComponentUpdateProgress virus = progressOf(job, VIRUS);
            assertEquals(ComponentUpdateProgress.FAILED, virus.state());
            assertTrue(virus.error().contains("SHA-256"), virus.error());
            assertTrue(job.components().stream().filter(p -> !p.name().equals(VIRUS))
                    .allMatch(p -> p.state().equals(ComponentUpdateProgress.UP_TO_DATE)), job.toString());
            assertEquals(held, component(VIRUS).version());
            assertEquals(filesBefore, componentFiles(), "nothing half-written is left in the components folder");
            assertEquals(200, agentDownload("/agent/v1/components/" + VIRUS + "/full/" + held).statusCode());

            job = runUpdate();

            assertEquals(ComponentUpdateJob.SUCCEEDED, job.state(), job.toString());
            assertEquals(ComponentUpdateProgress.INCREMENTS, progressOf(job, VIRUS).method());
            assertEquals(offered.version(), component(VIRUS).version());
        }

        @Test
        @Order(3)
        void agentDownloadsServeTheRightBytesWithLengthAndDigest() throws Exception {
            UpdateSourceProcess.Offered offered = source.manifest().component(VIRUS);
            UpdateSourceProcess.Increment newest = offered.increments().getLast();

            HttpResponse<byte[]> full = agentDownload("/agent/v1/components/" + VIRUS + "/full/" + offered.version());
            assertEquals(200, full.statusCode());
            assertEquals(Long.toString(offered.full().size()),
                    full.headers().firstValue("Content-Length").orElseThrow());
            assertEquals("\"" + offered.full().sha256() + "\"", full.headers().firstValue("ETag").orElseThrow());
            assertEquals("application/octet-stream", full.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(offered.full().sha256(), sha256(full.body()));

            HttpResponse<byte[]> increment = agentDownload(
                    "/agent/v1/components/" + VIRUS + "/increments/" + newest.from());
            assertEquals(200, increment.statusCode());
            assertEquals("\"" + newest.sha256() + "\"", increment.headers().firstValue("ETag").orElseThrow());
            assertArrayEquals(source.file(newest.path()), increment.body());

            for (String missing : List.of("/full/" + (offered.version() - 1), "/full/" + (offered.version() + 1),
                    "/increments/" + offered.version(), "/increments/1", "/full/latest")) {
                HttpResponse<byte[]> reply = agentDownload("/agent/v1/components/" + VIRUS + missing);
                assertEquals(404, reply.statusCode(), missing);
                assertTrue(new String(reply.body(), StandardCharsets.UTF_8).contains(ErrorCodes.NOT_FOUND), missing);
            }
            assertEquals(404, agentDownload("/agent/v1/components/no-such-pattern/full/1").statusCode());
        }

        @Test
        @Order(4)
        void operatorReadsButCannotUpdateNotifyOrCancel() throws Exception {
            assertEquals(201, root.post("/api/v1/accounts",
                    new AccountRequest("watcher", "operator", "watcher-secret", null)).status());
            String lastRun = root.get("/api/v1/components/update").as(ComponentUpdateJob.class).id();
            try (AdminSession operator = AdminSession.login(server, "watcher", "watcher-secret")) {
                assertEquals(200, operator.get("/api/v1/components").status());
                assertEquals(200, operator.get("/api/v1/notifications").status());
                assertForbidden(operator.post("/api/v1/components/update", "{}"));
                assertForbidden(operator.post("/api/v1/components/notify", new NotifyAgentsRequest(null, null, true,
                        null)));
                assertForbidden(operator.post("/api/v1/notifications/cancel",
                        new CancelNotificationsRequest(null, null, true)));
            }
            assertEquals(lastRun, root.get("/api/v1/components/update").as(ComponentUpdateJob.class).id());
        }

        @Test
        @Order(5)
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
        @Order(6)
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
        @Order(7)
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

        private ComponentUpdateJob runUpdate() throws Exception {
            AdminSession.Reply started = root.post("/api/v1/components/update", "{}");
            assertEquals(202, started.status(), started.body());
            String id = started.as(ComponentUpdateJob.class).id();
            ComponentUpdateJob job = Await.until("the update " + id + " to finish", UPDATE_TIMEOUT,
                    () -> root.get("/api/v1/components/update").as(ComponentUpdateJob.class),
                    latest -> !latest.id().equals(id) || !latest.state().equals(ComponentUpdateJob.RUNNING));
            assertEquals(id, job.id());
            return job;
        }

        private void assertHoldsExactly(UpdateSourceProcess.Manifest manifest) throws Exception {
            Map<String, Component> held = new HashMap<>();
            for (Component component : root.get("/api/v1/components").as(Component[].class)) {
                held.put(component.name(), component);
            }
            assertEquals(manifest.components().size(), held.size());
            for (UpdateSourceProcess.Offered offered : manifest.components()) {
                Component component = held.get(offered.name());
                assertEquals(offered.version(), component.version(), offered.name());
                assertEquals(offered.full().sha256(), component.sha256(), offered.name());
                assertEquals(offered.full().size(), component.size(), offered.name());
                assertEquals(offered.kind(), component.kind(), offered.name());
            }
        }

        private Component component(String name) throws Exception {
            return List.of(root.get("/api/v1/components").as(Component[].class)).stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }

        private List<Notification> queue() throws Exception {
            AdminSession.Reply reply = root.get("/api/v1/notifications?limit=1000");
            assertEquals(200, reply.status(), reply.body());
            NotificationPage page = reply.as(NotificationPage.class);
            assertNull(page.next());
            return page.items();
        }

        private HttpResponse<byte[]> agentDownload(String path) throws Exception {
            return root.client().send(HttpRequest.newBuilder(server.uri().resolve(path)).GET(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private Set<Path> componentFiles() throws Exception {
            try (Stream<Path> files = Files.walk(dataFolder.resolve("components"))) {
                return files.filter(Files::isRegularFile).collect(Collectors.toSet());
            }
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

        private static ComponentUpdateProgress progressOf(ComponentUpdateJob job, String name) {
            return job.components().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }

        private Set<String> downloadsSince(int served) throws Exception {
            List<String> all = source.downloads();
            return new HashSet<>(new ArrayList<>(all.subList(served, all.size())));
        }

        private static void assertForbidden(AdminSession.Reply reply) {
            assertEquals(403, reply.status(), reply.body());
            assertEquals(ErrorCodes.FORBIDDEN, reply.error().error());
        }

        private static String sha256(byte[] bytes) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
    }

    @Test
    void sourceServesTheFilesItListsWithTheirHashes() throws Exception {
        UpdateSourceProcess.Offered offered = source.manifest().component(ENGINE);
        assertEquals(offered.full().sha256(), HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(source.file(offered.full().path()))));
        assertFalse(offered.increments().iterator().hasNext(), "engines are published as full files only");
        assertNotEquals(0, offered.full().size());
    }
}
