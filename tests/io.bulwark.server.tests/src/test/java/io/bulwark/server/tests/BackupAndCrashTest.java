package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.AuditEntry;
import io.bulwark.protocol.admin.AuditPage;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.admin.BackupRestore;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.protocol.agent.Connectivity;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.InventoryReport;
import io.bulwark.protocol.agent.MachineRole;
import io.bulwark.protocol.agent.OperatingSystem;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * Backups and crashes on a real server with H2 and with PostgreSQL: a backup is a valid zip whose manifest's hashes
 * match its entries, restoring it brings the data back while the restoring session keeps working, a damaged or foreign
 * backup is refused and changes nothing, the event stream ends when the server stops, and a server killed with
 * {@code kill -9} in the middle of changes keeps exactly the changes it acknowledged, each with its audit entry. The
 * kill is fault injection: it runs in the slow pass.
 */
class BackupAndCrashTest {

    private static final String PASSWORD = "root-secret-2";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Nested
    class OnH2 extends BackupContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends BackupContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class BackupContract {

        private final Storage storage;
        private Path dataFolder;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;

        BackupContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path folder) throws Exception {
            dataFolder = folder;
            database = TestDatabase.create(storage);
            start();
        }

        private void start() throws Exception {
            server = ServerProcess.start(dataFolder, database, "--root-password", PASSWORD);
            root = AdminSession.login(server, "root", PASSWORD);
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        @Test
        void restoringABackupBringsTheDataBackAndKeepsTheSessionWorking() throws Exception {
            Domain kept = root.post("/api/v1/domains", new DomainRequest("Kept", null, null)).as(Domain.class);
            root.post("/api/v1/grouping-rules", new GroupingRule(null, "10.20.0.0/16", Long.valueOf(kept.id()), null));
            root.post("/api/v1/accounts", new AccountRequest("keeper", "administrator", "keeper-secret",
                    List.of(Long.valueOf(kept.id()))));
            String atBackup = state();

            Reply created = root.post("/api/v1/backups", null);
            assertEquals(201, created.status(), created.body());
            ContractCheck.shared().check(created);
            Backup backup = created.as(Backup.class);
            assertTrue(backup.rows().get("domain").longValue() >= 1, backup.rows().toString());
            Reply list = root.get("/api/v1/backups");
            ContractCheck.shared().check(list);
            assertTrue(Arrays.stream(list.as(Backup[].class)).anyMatch(b -> b.id().equals(backup.id())));
            Map<String, byte[]> zip = download(backup.id());
            checkHashes(zip, backup);

            root.send("PATCH", "/api/v1/domains/" + kept.id(), new DomainRequest("Renamed", null, null));
            root.post("/api/v1/domains", new DomainRequest("Added", null, null));
            root.send("DELETE", "/api/v1/accounts/keeper", null);
            assertTrue(!state().equals(atBackup));

            Reply restored = root.post("/api/v1/backups/" + backup.id() + "/restore", null);
            assertEquals(200, restored.status(), restored.body());
            ContractCheck.shared().check(restored);
            assertEquals(backup.id(), restored.as(BackupRestore.class).backup().id());

            assertEquals(atBackup, state(), "the data is as it was at the backup");
            assertEquals(200, root.get("/api/v1/sessions/current").status(), "the restoring session still works");
            List<String> actions = audit().stream().map(AuditEntry::action).toList();
            assertEquals("backup.restore", actions.get(0));
            assertTrue(actions.contains("account.delete"), "the audit log keeps the changes the restore undid");
            try (AdminSession keeper = AdminSession.login(server, "keeper", "keeper-secret")) {
                assertEquals("administrator", keeper.get("/api/v1/sessions/current").as(Map.class).get("role"));
            }
        }

        @Test
        void restoringABackupBringsTheAgentsInventoriesBack() throws Exception {
            Registration registration = AgentCalls.newAgent("backup-ws-1", "10.80.0.1", 60_000, false);
            Inventory before = inventory("Windows 10 Enterprise");
            Inventory after = inventory("Windows 11 Enterprise");
            try (AdminSession agent = AdminSession.anonymous(server)) {
                assertEquals(200, AgentCalls.register(agent, registration).status());
                report(agent, registration, before);
                Backup backup = root.post("/api/v1/backups", null).as(Backup.class);
                assertTrue(backup.rows().get("agent_inventory").longValue() >= 1, backup.rows().toString());
                report(agent, registration, after);
                assertEquals(after, AgentCalls.detail(root, registration.agentId()).inventory());

                Reply restored = root.post("/api/v1/backups/" + backup.id() + "/restore", null);

                assertEquals(200, restored.status(), restored.body());
                AgentDetail detail = AgentCalls.detail(root, registration.agentId());
                assertEquals(before, detail.inventory(), "the inventory is as it was at the backup");
                assertEquals("Windows 10 Enterprise 22H2", detail.agent().os());
            }
        }

        @Test
        void anAgentThatWentOfflineSinceTheBackupIsListedOfflineAfterTheRestore() throws Exception {
            Registration registration = AgentCalls.newAgent("backup-ws-2", "10.80.0.2", 1_000, false);
            try (AdminSession agent = AdminSession.anonymous(server)) {
                assertEquals(200, AgentCalls.register(agent, registration).status());
            }
            assertEquals(List.of(registration.agentId()), listed("online", "backup-ws-2"));
            Backup backup = root.post("/api/v1/backups", null).as(Backup.class);
            Await.until("the silent agent to be listed offline", WAIT, () -> listed("offline", "backup-ws-2"),
                    ids -> ids.size() == 1);

            Reply restored = root.post("/api/v1/backups/" + backup.id() + "/restore", null);

            assertEquals(200, restored.status(), restored.body());
            assertEquals(List.of(registration.agentId()), listed("offline", "backup-ws-2"),
                    "listed with the status it has now, not the one of the backup's time");
            assertEquals(List.of(), listed("online", "backup-ws-2"));
        }

        /** The agents of a status with the host name, as a listing filtered by status shows them. */
        private List<UUID> listed(String status, String hostName) {
            try {
                Reply reply = root.get("/api/v1/agents?status=" + status + "&limit=1000");
                assertEquals(200, reply.status(), reply.body());
                return reply.as(AgentPage.class).items().stream().filter(item -> item.hostName().equals(hostName))
                        .map(AgentSummary::id).toList();
            } catch (Exception e) {
                throw new AssertionError("Could not list the " + status + " agents", e);
            }
        }

        @Test
        void damagedOrForeignBackupIsRefusedAndChangesNothing() throws Exception {
            root.post("/api/v1/domains", new DomainRequest("Before-Tamper", null, null));
            Backup backup = root.post("/api/v1/backups", null).as(Backup.class);
            Path file = dataFolder.resolve("backups").resolve(backup.id() + ".zip");
            byte[] original = Files.readAllBytes(file);
            root.post("/api/v1/domains", new DomainRequest("After-Tamper", null, null));
            String now = state();

            rewrite(file, original, "tables/domain.ndjson",
                    rows -> rows + "{\"id\":999,\"parent_id\":0,\"name\":\"Forged\",\"name_key\":\"forged\","
                            + "\"created_at\":\"2026-01-01T00:00Z\"}\n");
            expectRefused(root.post("/api/v1/backups/" + backup.id() + "/restore", null), ErrorCodes.BACKUP_CORRUPT);

            rewrite(file, original, "manifest.json",
                    manifest -> manifest.replaceFirst("\"serverId\":\"[^\"]+\"",
                            "\"serverId\":\"" + UUID.randomUUID() + "\""));
            expectRefused(root.post("/api/v1/backups/" + backup.id() + "/restore", null), ErrorCodes.BACKUP_MISMATCH);

            rewrite(file, original, "manifest.json",
                    manifest -> manifest.replaceFirst("\"schemaVersion\":\"[^\"]+\"", "\"schemaVersion\":\"0.1\""));
            expectRefused(root.post("/api/v1/backups/" + backup.id() + "/restore", null), ErrorCodes.BACKUP_MISMATCH);

            Files.write(file, Arrays.copyOf(original, original.length / 2));
            expectRefused(root.post("/api/v1/backups/" + backup.id() + "/restore", null), ErrorCodes.BACKUP_CORRUPT);

            assertEquals(now, state(), "a refused restore changed nothing");
            Reply missing = root.post("/api/v1/backups/20000101-000000-000-0000/restore", null);
            assertEquals(404, missing.status());
            ContractCheck.shared().check(missing);
        }

        @Test
        void onlyRootTakesDownloadsAndRestoresBackups() throws Exception {
            root.post("/api/v1/accounts", new AccountRequest("reader", "operator", "reader-secret", List.of()));
            Backup backup = root.post("/api/v1/backups", null).as(Backup.class);
            try (AdminSession reader = AdminSession.login(server, "reader", "reader-secret")) {
                for (Reply reply : List.of(reader.post("/api/v1/backups", null),
                        reader.get("/api/v1/backups/" + backup.id()),
                        reader.post("/api/v1/backups/" + backup.id() + "/restore", null))) {
                    assertEquals(403, reply.status(), reply.body());
                    ContractCheck.shared().check(reply);
                }
                assertEquals(200, reader.get("/api/v1/backups").status());
            }
        }

        @Test
        void eventStreamEndsWhenTheServerStops() throws Exception {
            try (EventStreamReader stream = EventStreamReader.open(root, null)) {
                assertEquals(200, stream.status());
                root.post("/api/v1/domains", new DomainRequest("Before-Stop", null, null));
                stream.await(event -> event.data().contains("Before-Stop"), WAIT);
                server.stop();
                assertTrue(stream.awaitEnd(WAIT), "the stream ended with the server");
            } finally {
                root.close();
                start();
            }
        }

        @Test
        @Tag("slow")
        void serverKilledDuringChangesKeepsExactlyTheAcknowledgedOnesWithTheirAuditEntries() throws Exception {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            CountDownLatch progressed = new CountDownLatch(20);
            AdminSession writer = AdminSession.login(server, "root", PASSWORD);
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 10_000; i++) {
                        String name = "Crash-" + i;
                        if (writer.post("/api/v1/domains", new DomainRequest(name, null, null)).status() == 201) {
                            acknowledged.add(name);
                            progressed.countDown();
                        }
                    }
                } catch (Exception e) {
                    // the server died under the writer: expected
                }
            });
            assertTrue(progressed.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the writer made progress");
            server.kill();
            writing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            writer.close();
            root.close();
            start();

            List<String> crashDomains = Arrays.stream(root.get("/api/v1/domains").as(Domain[].class))
                    .map(Domain::name).filter(name -> name.startsWith("Crash-")).toList();
            assertTrue(acknowledged.size() >= 20, "the writer made progress before the kill");
            assertTrue(crashDomains.containsAll(acknowledged), "every acknowledged change survived the kill");
            assertTrue(crashDomains.size() <= acknowledged.size() + 1, "at most the change in flight was added");
            List<String> audited = audit().stream().filter(entry -> entry.action().equals("domain.create"))
                    .map(AuditEntry::target).filter(target -> target.contains("\"Crash-")).toList();
            assertEquals(crashDomains.size(), audited.size(), "each surviving change has its audit entry, no more");
        }

        private static Inventory inventory(String system) {
            return new Inventory(Inventory.DESKTOP, new OperatingSystem(system, "22H2"), List.of(),
                    new MachineRole(List.of(MachineRole.WORKSTATION), List.of(), false),
                    new Connectivity(Connectivity.LAN, null), List.of("KB5034122"), List.of(),
                    Instant.parse("2026-11-20T10:00:00Z"));
        }

        private static void report(AdminSession agent, Registration registration, Inventory inventory)
                throws Exception {
            Reply reply = agent.post("/agent/v1/inventory", new InventoryReport(registration.agentId(), inventory));
            assertEquals(204, reply.status(), reply.body());
        }

        private void expectRefused(Reply reply, String code) {
            assertEquals(409, reply.status(), reply.body());
            assertEquals(code, reply.error().error(), reply.body());
            ContractCheck.shared().check(reply);
        }

        private String state() throws Exception {
            return root.get("/api/v1/domains").body() + root.get("/api/v1/accounts").body()
                    + root.get("/api/v1/grouping-rules").body();
        }

        private List<AuditEntry> audit() throws Exception {
            return root.get("/api/v1/audit?limit=1000").as(AuditPage.class).items();
        }

        private Map<String, byte[]> download(String id) throws Exception {
            HttpResponse<byte[]> response = root.client().send(HttpRequest.newBuilder(root.uri("/api/v1/backups/" + id))
                    .header("Authorization", "Bearer " + root.token()).GET(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals(Files.size(dataFolder.resolve("backups").resolve(id + ".zip")), response.body().length);
            return unzip(response.body());
        }

        @SuppressWarnings("unchecked")
        private static void checkHashes(Map<String, byte[]> zip, Backup backup) throws Exception {
            Map<String, Object> manifest = AdminSession.JSON.read(zip.get("manifest.json"), Map.class);
            List<Map<String, Object>> tables = (List<Map<String, Object>>) manifest.get("tables");
            assertEquals(backup.rows().keySet(), tables.stream().map(t -> (String) t.get("name"))
                    .collect(java.util.stream.Collectors.toSet()));
            assertTrue(backup.rows().containsKey("domain") && backup.rows().containsKey("account"));
            for (Map<String, Object> table : tables) {
                byte[] entry = zip.get((String) table.get("entry"));
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entry));
                assertEquals(table.get("sha256"), hash, "hash of " + table.get("entry"));
                long lines = new String(entry, StandardCharsets.UTF_8).lines().count();
                assertEquals(((Number) table.get("rows")).longValue(), lines, "rows of " + table.get("entry"));
            }
        }

        private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            return entries;
        }

        /** Writes the backup again with one entry's text changed, the way someone editing the file would. */
        private static void rewrite(Path file, byte[] original, String name, UnaryOperator<String> change)
                throws IOException {
            Map<String, byte[]> entries = unzip(original);
            entries.put(name, change.apply(new String(entries.get(name), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : new ArrayList<>(entries.entrySet())) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            Files.write(file, out.toByteArray());
        }
    }
}
