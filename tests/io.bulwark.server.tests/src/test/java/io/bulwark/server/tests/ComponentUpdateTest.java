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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentUpdateProgress;
import io.bulwark.protocol.components.NotifyAgentsRequest;

/**
 * "Update server now" against a real simulated update source process shared by the class, then component downloads and
 * who may start an update; on H2 and on PostgreSQL. The tests of a storage run in order on one server: each builds on
 * the versions the one before left.
 */
class ComponentUpdateTest {

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

        private HttpResponse<byte[]> agentDownload(String path) throws Exception {
            return root.client().send(HttpRequest.newBuilder(server.uri().resolve(path)).GET(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private Set<Path> componentFiles() throws Exception {
            try (Stream<Path> files = Files.walk(dataFolder.resolve("components"))) {
                return files.filter(Files::isRegularFile).collect(Collectors.toSet());
            }
        }

        private static ComponentUpdateProgress progressOf(ComponentUpdateJob job, String name) {
            return job.components().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        }

        private Set<String> downloadsSince(int served) throws Exception {
            List<String> all = source.downloads();
            return new HashSet<>(new ArrayList<>(all.subList(served, all.size())));
        }

        private static String sha256(byte[] bytes) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
    }

    @Test
    void sourceServesTheFilesItListsWithTheirHashes() throws Exception {
        UpdateSourceProcess.Offered offered = source.manifest().component(ComponentServerContract.ENGINE);
        assertEquals(offered.full().sha256(), HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(source.file(offered.full().path()))));
        assertFalse(offered.increments().iterator().hasNext(), "engines are published as full files only");
        assertNotEquals(0, offered.full().size());
    }
}
