package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The hot identity columns of the embedded database, set up each time it opens: their sequences keep many values in
 * memory, so a bulk move's relocate commands and audit entries do not pay for a store of the sequence every 32 rows,
 * and ids still come in the order the rows were added, whichever connection adds them, since commands and audit entries
 * are read in that order. The setting is no migration, so the schema version stays and older backups still restore.
 */
class IdentityColumnsTest {

    private static final int CONNECTIONS = 3;
    private static final int ROUNDS = 50;

    @Test
    void hotIdentitiesKeepManyValuesAndStayInOrderAcrossConnections(@TempDir Path folder) throws Exception {
        try (Database database = Database.openEmbedded(folder)) {
            assertEquals("11", database.schemaVersion(), "no migration of its own");
            try (Connection connection = database.connection()) {
                assertEquals(4096, identityCache(connection, "AGENT_COMMAND"));
                assertEquals(4096, identityCache(connection, "AUDIT_ENTRY"));
                assertEquals(32, identityCache(connection, "DOMAIN"), "a rarely added row keeps H2's default");
            }
            List<Long> ids = new ArrayList<>();
            List<Connection> connections = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    connections.add(database.connection());
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (Connection connection : connections) {
                        ids.add(Long.valueOf(addCommand(connection)));
                    }
                }
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i).longValue() > ids.get(i - 1).longValue(),
                        "id " + ids.get(i) + " added after id " + ids.get(i - 1));
            }
        }
    }

    private static int identityCache(Connection connection, String table) throws SQLException {
        return Jdbc.one(connection, "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?"
                + " AND COLUMN_NAME = 'ID'", row -> Integer.valueOf(row.getInt(1)), table).orElseThrow().intValue();
    }

    private static long addCommand(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agent_command (agent_id, kind, state,"
                + " created_at) VALUES (?, 'scan_now', 'queued', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }
}
