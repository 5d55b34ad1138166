package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.server.internal.agents.AgentPresence;
import io.bulwark.server.internal.agents.AgentRecords;
import io.bulwark.server.internal.agents.AgentStore;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.moves.MoveFeature;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Each agent's inventory in a table of its own (decision 0018), on H2 and on PostgreSQL, through the server's own
 * storage code in this JVM: the next report replaces the stored inventory and the agent's detail reads it; the
 * inventory goes with its agent when the agent departs or a restore drops it as departed; and a database a server of
 * schema version 10 left behind keeps its inventories when it migrates. Backups are checked on a real server in
 * {@link BackupAndCrashTest}.
 */
class AgentInventoryTableTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant FIRST_REPORT = Instant.parse("2026-03-01T08:00:05Z");
    private static final Instant SECOND_REPORT = Instant.parse("2026-03-02T09:30:00Z");
    private static final String FIRST = "{\"hardwareType\":\"desktop\",\"os\":{\"name\":\"Windows 10 Enterprise\"}}";
    private static final String SECOND = "{\"hardwareType\":\"desktop\",\"os\":{\"name\":\"Windows 11 Enterprise\"}}";

    @Nested
    class OnH2 extends InventoryContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends InventoryContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    abstract static class InventoryContract {

        private final Storage storage;
        private final AgentStore store = new AgentStore();
        private TestDatabase testDatabase;

        @TempDir
        Path dataFolder;

        InventoryContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeEach
        void createDatabase() throws SQLException {
            testDatabase = TestDatabase.create(storage);
        }

        @AfterEach
        void dropDatabase() throws SQLException {
            testDatabase.close();
        }

        @Test
        void theNextReportReplacesTheInventoryAndTheDetailReadsIt() throws Exception {
            try (Database database = open()) {
                UUID id = UUID.randomUUID();
                database.inTransaction(connection -> {
                    store.insert(connection, facts(id, "inv-ws-1"), null, AgentStatus.ONLINE, REGISTERED);
                    return null;
                });
                try (Connection connection = database.connection()) {
                    AgentStore.Stored none = store.detail(connection, id).orElseThrow();
                    assertNull(none.inventoryJson(), "no inventory before the first report");
                    assertNull(none.inventoryAt());
                }

                assertTrue(report(database, id, FIRST, "Windows 10 Enterprise", FIRST_REPORT));
                assertTrue(report(database, id, SECOND, "Windows 11 Enterprise", SECOND_REPORT));
                assertFalse(report(database, UUID.randomUUID(), FIRST, "Windows 10 Enterprise", FIRST_REPORT),
                        "an unknown agent's report is refused");

                try (Connection connection = database.connection()) {
                    AgentStore.Stored stored = store.detail(connection, id).orElseThrow();
                    assertEquals(SECOND, stored.inventoryJson());
                    assertEquals(SECOND_REPORT, stored.inventoryAt());
                    assertEquals("Windows 11 Enterprise", stored.summary().os(), "listings show the latest system");
                    assertEquals(1, inventories(connection), "one row per agent, none for the unknown agent");
                }
            }
        }

        @Test
        void theInventoryGoesWithItsAgentOnDepartureAndOnRestore() throws Exception {
            try (Database database = open()) {
                UUID departed = UUID.randomUUID();
                UUID droppedByRestore = UUID.randomUUID();
                UUID staying = UUID.randomUUID();
                database.inTransaction(connection -> {
                    for (UUID id : new UUID[]{departed, droppedByRestore, staying}) {
                        store.insert(connection, facts(id, "inv-" + id), null, AgentStatus.ONLINE, REGISTERED);
                        store.storeInventory(connection, id, FIRST, "Windows 10 Enterprise", FIRST_REPORT);
                    }
                    return null;
                });
                WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);
                ChangeFeed feed = new ChangeFeed(Clock.systemUTC());
                AgentRecords records = new AgentRecords(store,
                        new AgentPresence(database, store, feed, json, Clock.systemUTC()), feed, json);

                database.inTransaction(connection -> {
                    records.delete(connection, departed);
                    return null;
                });
                database.inTransaction(connection -> {
                    Jdbc.update(connection, "INSERT INTO agent_departure (agent_id, move_id, target_server_id,"
                            + " departed_at) VALUES (?, ?, ?, ?)", droppedByRestore, UUID.randomUUID(),
                            UUID.randomUUID(), SECOND_REPORT);
                    MoveFeature.restoreRule(Clock.systemUTC()).afterRowsRestored(connection);
                    return null;
                });

                try (Connection connection = database.connection()) {
                    assertEquals(1, inventories(connection), "only the staying agent's inventory is left");
                    assertEquals(FIRST, store.detail(connection, staying).orElseThrow().inventoryJson());
                    assertTrue(store.detail(connection, departed).isEmpty());
                    assertTrue(store.detail(connection, droppedByRestore).isEmpty());
                }
            }
        }

        @Test
        void inventoriesOfSchemaVersionTenMoveToTheirOwnTable() throws Exception {
            Flyway.configure()
                    .dataSource(testDatabase.jdbcUrl(dataFolder), testDatabase.user(), testDatabase.password())
                    .locations("classpath:db/migration").target("10").load().migrate();
            UUID reported = UUID.randomUUID();
            UUID silent = UUID.randomUUID();
            try (Connection connection = testDatabase.connect(dataFolder)) {
                Jdbc.update(connection, "INSERT INTO agent (id, host_name, ip, registered_at, os, inventory,"
                        + " inventory_at) VALUES (?, 'v10-ws-1', '10.70.0.1', ?, 'Windows 10 Enterprise', ?, ?)",
                        reported, REGISTERED, FIRST, FIRST_REPORT);
                Jdbc.update(connection, "INSERT INTO agent (id, host_name, ip, registered_at) VALUES (?, 'v10-ws-2',"
                        + " '10.70.0.2', ?)", silent, REGISTERED);
            }

            try (Database database = open(); Connection connection = database.connection()) {
                assertEquals("11", database.schemaVersion());
                AgentStore.Stored kept = store.detail(connection, reported).orElseThrow();
                assertEquals(FIRST, kept.inventoryJson());
                assertEquals(FIRST_REPORT, kept.inventoryAt());
                assertEquals("Windows 10 Enterprise", kept.summary().os(), "the system stays in the agent row");
                assertNull(store.detail(connection, silent).orElseThrow().inventoryJson());
                assertEquals(1, inventories(connection));
                assertFalse(agentColumns(connection).contains("inventory"), "the agent row lost its inventory");
                assertFalse(agentColumns(connection).contains("inventory_at"));
            }
        }

        private Database open() {
            if (storage == Storage.H2) {
                return Database.openEmbedded(dataFolder.resolve("db"));
            }
            String password = testDatabase.password();
            return Database.openPostgres(testDatabase.jdbcUrl(dataFolder), testDatabase.user(),
                    password == null ? null : password.toCharArray(), testDatabase.toString());
        }

        private boolean report(Database database, UUID id, String inventoryJson, String os, Instant at)
                throws Exception {
            return database.inTransaction(
                    connection -> Boolean.valueOf(store.storeInventory(connection, id, inventoryJson, os, at)))
                    .booleanValue();
        }

        private static AgentStore.Facts facts(UUID id, String hostName) {
            return new AgentStore.Facts(id, hostName, "10.70.1.1", "14.0.0", 60_000, false, "{}");
        }

        private static Set<String> agentColumns(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet empty = statement.executeQuery("SELECT * FROM agent WHERE 1 = 0")) {
                Set<String> columns = new HashSet<>();
                for (int i = 1; i <= empty.getMetaData().getColumnCount(); i++) {
                    columns.add(empty.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
                }
                return columns;
            }
        }

        private static long inventories(Connection connection) throws SQLException {
            return Jdbc.count(connection, "SELECT COUNT(*) FROM agent_inventory");
        }
    }
}
