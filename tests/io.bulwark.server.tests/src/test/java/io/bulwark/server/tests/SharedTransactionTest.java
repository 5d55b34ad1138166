package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Short transactions of many threads committed together ({@link Database#inSharedTransaction}): work queued while a
 * transaction commits shares the next one, each caller gets its own work's result or failure, a failing piece leaves
 * the others' changes in place, and a piece that lost a transaction conflict runs again alone.
 */
class SharedTransactionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Database database;

    @BeforeEach
    void open(@TempDir Path folder) throws Exception {
        database = Database.openEmbedded(folder);
        try (Connection connection = database.connection()) {
            Jdbc.update(connection, "CREATE TABLE shared_test (id INTEGER NOT NULL, CONSTRAINT shared_test_pk"
                    + " PRIMARY KEY (id))");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void workQueuedWhileATransactionRunsSharesTheNextOneAndFailsAlone() throws Exception {
        CountDownLatch leading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread leader = new Thread(() -> run(() -> database.inSharedTransaction(connection -> {
            leading.countDown();
            release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            return insert(connection, 0);
        })), "leader");
        leader.start();
        assertTrue(leading.await(WAIT.toSeconds(), TimeUnit.SECONDS));

        Map<Integer, Connection> connections = new ConcurrentHashMap<>();
        Map<Integer, Object> outcomes = new ConcurrentHashMap<>();
        List<Thread> queued = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            int id = i;
            Thread thread = new Thread(() -> {
                try {
                    outcomes.put(Integer.valueOf(id), database.inSharedTransaction(connection -> {
                        connections.put(Integer.valueOf(id), connection);
                        insert(connection, id);
                        if (id == 5) {
                            throw new IllegalStateException("piece 5 fails after its insert");
                        }
                        return Integer.valueOf(id * 10);
                    }));
                } catch (Exception e) {
                    outcomes.put(Integer.valueOf(id), e);
                }
            }, "queued-" + id);
            queued.add(thread);
            thread.start();
        }
        Await.until("every queued caller waiting for its turn", WAIT,
                () -> queued.stream().filter(thread -> thread.getState() == Thread.State.WAITING
                        || thread.getState() == Thread.State.TIMED_WAITING).count(),
                waiting -> waiting == queued.size());
        release.countDown();
        leader.join(WAIT.toMillis());
        for (Thread thread : queued) {
            thread.join(WAIT.toMillis());
        }

        Connection shared = connections.get(Integer.valueOf(1));
        for (int id = 1; id <= 8; id++) {
            assertSame(shared, connections.get(Integer.valueOf(id)), "piece " + id + " ran in the shared transaction");
            if (id != 5) {
                assertEquals(Integer.valueOf(id * 10), outcomes.get(Integer.valueOf(id)));
            }
        }
        assertInstanceOf(IllegalStateException.class, outcomes.get(Integer.valueOf(5)));
        assertEquals(List.of(0, 1, 2, 3, 4, 6, 7, 8), ids(), "the failing piece's insert was rolled back alone");
    }

    @Test
    void aPieceThatLostAConflictRunsAgainAlone() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        Integer answer = database.inSharedTransaction(connection -> {
            insert(connection, 7);
            if (attempts.incrementAndGet() == 1) {
                throw new SQLException("Deadlock detected", "40001");
            }
            return Integer.valueOf(42);
        });

        assertEquals(42, answer.intValue());
        assertEquals(2, attempts.get());
        assertEquals(List.of(7), ids());
    }

    @Test
    void otherFailuresReachTheCallerAndChangeNothing() throws Exception {
        SQLException duplicate = new SQLException("unique key violated", "23505");
        Object thrown = null;
        try {
            database.inSharedTransaction(connection -> {
                insert(connection, 3);
                throw duplicate;
            });
        } catch (SQLException e) {
            thrown = e;
        }

        assertSame(duplicate, thrown);
        assertEquals(List.of(), ids());
    }

    private static Integer insert(Connection connection, int id) throws SQLException {
        Jdbc.update(connection, "INSERT INTO shared_test (id) VALUES (?)", Integer.valueOf(id));
        return Integer.valueOf(id);
    }

    private List<Integer> ids() throws SQLException {
        try (Connection connection = database.connection()) {
            return Jdbc.query(connection, "SELECT id FROM shared_test ORDER BY id",
                    row -> Integer.valueOf(row.getInt(1)));
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static void run(Call call) {
        try {
            call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
