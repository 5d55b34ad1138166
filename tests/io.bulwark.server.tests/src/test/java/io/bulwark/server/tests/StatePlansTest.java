package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.internal.storage.Database;

/**
 * The embedded database plans a statement once per connection and keeps the plan. On a new server, with no rows counted
 * yet, it took the index on a command's state, one value shared by every queued command, for as selective as the
 * command's key, and handing out a command by its id and state walked every queued command. Each open tells it that a
 * state column's values are shared by many rows, so such statements look rows up by their key from the first plan.
 */
class StatePlansTest {

    @Test
    void handingOutOrCancellingACommandLooksItUpByItsKeyOnANewServer(@TempDir Path folder) throws Exception {
        try (Database database = Database.openEmbedded(folder); Connection connection = database.connection()) {
            assertByKey(connection, "UPDATE agent_command SET state = ?, delivered_at = ? WHERE id = ? AND state = ?",
                    "delivered", Instant.now().atOffset(ZoneOffset.UTC), Long.valueOf(1), "queued");
            assertByKey(connection, "UPDATE agent_command SET state = ?, completed_at = ? WHERE id = ? AND state = ?",
                    "cancelled", Instant.now().atOffset(ZoneOffset.UTC), Long.valueOf(1), "queued");
        }
    }

    private static void assertByKey(Connection connection, String sql, Object... parameters) throws SQLException {
        String plan = plan(connection, sql, parameters);
        assertTrue(plan.contains("PRIMARY_KEY") && !plan.contains("AGENT_COMMAND_STATE_KIND_IDX"), plan);
    }

    private static String plan(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                assertTrue(plan.next());
                return plan.getString(1);
            }
        }
    }
}
