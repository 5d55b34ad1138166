package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * A transaction the database rolls back to break a deadlock or a serialization conflict (SQL state class 40) is run
 * again; any other failure is the caller's at once.
 */
class TransactionRetryTest {

    private Database database;

    @BeforeEach
    void open(@TempDir Path folder) {
        database = Database.openEmbedded(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDeadlockVictimIsRunAgainAndCommits() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        Integer answer = database.inTransaction(connection -> {
            if (attempts.incrementAndGet() == 1) {
                throw new SQLException("Deadlock detected", "40001");
            }
            return Jdbc.one(connection, "SELECT 42", row -> Integer.valueOf(row.getInt(1))).orElseThrow();
        });

        assertEquals(42, answer.intValue());
        assertEquals(2, attempts.get(), "the rolled-back work ran once more");
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger attempts = new AtomicInteger();
        SQLException duplicate = new SQLException("unique key violated", "23505");

        SQLException thrown = assertThrows(SQLException.class, () -> database.inTransaction(connection -> {
            attempts.incrementAndGet();
            throw duplicate;
        }));

        assertSame(duplicate, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void aConflictThatKeepsComingIsReportedAfterAFewAttempts() {
        AtomicInteger attempts = new AtomicInteger();

        SQLException thrown = assertThrows(SQLException.class, () -> database.inTransaction(connection -> {
            attempts.incrementAndGet();
            throw new SQLException("could not serialize access", "40001");
        }));

        assertEquals("40001", thrown.getSQLState());
        assertTrue(attempts.get() > 1 && attempts.get() <= 10, "a few attempts, then the failure: " + attempts.get());
    }
}
