package io.bulwark.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Commits the short transactions of many threads together. A commit costs far more than a small transaction's work (the
 * embedded database writes every page the transaction changed, PostgreSQL flushes its log), so when thousands of agents
 * take a step of a move at once, committing each step alone would cost most of the server's time.
 * <p>
 * Each caller queues its work and waits. One of them at a time leads: it takes the queued work (at most
 * {@value #MAX_BATCH}), runs each piece in one transaction behind a savepoint of its own, commits once and hands each
 * caller its result; work that threw is rolled back to its savepoint alone and its caller gets the failure. If the
 * shared transaction itself fails (at commit, or a savepoint cannot be rolled back to), or a piece lost a transaction
 * conflict, every piece of the batch runs again alone in a transaction of its own, as {@link Database#inTransaction}
 * runs it. Work may therefore run more than once, and must leave effects other than database changes to its caller. A
 * caller alone waits for nobody: it leads a batch of one at once.
 */
final class GroupCommit {

    /** At most this many pieces of work share a transaction. */
    static final int MAX_BATCH = 64;

    /**
     * How long a waiting caller sleeps at most before it looks again whether it must lead; the leader wakes it sooner
     * when its work is done or it is next to lead.
     */
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Database database;
    private final ReentrantLock leading = new ReentrantLock();
    private final Queue<Entry<?>> queued = new ConcurrentLinkedQueue<>();

    /** One caller's work and, once done, its outcome. */
    private static final class Entry<T> {
        final Database.Work<T> work;
        final Thread caller;
        T result;
        Throwable failure;
        volatile boolean done;

        Entry(Database.Work<T> work, Thread caller) {
            this.work = work;
            this.caller = caller;
        }

        void run(Connection connection) throws Exception {
            result = work.run(connection);
        }

        void alone(Database database) {
            result = null;
            failure = null;
            try {
                result = database.inTransaction(work);
            } catch (Exception | Error e) {
                failure = e;
            }
        }
    }

    GroupCommit(Database database) {
        this.database = database;
    }

    /**
     * @param <T>
     *            what the work returns
     * @param work
     *            the work, run in a transaction committed before this returns
     * @return what the work returned
     * @throws Exception
     *             what the work threw, or the failure of its transaction
     */
    <T> T inTransaction(Database.Work<T> work) throws Exception {
        Entry<T> entry = new Entry<>(work, Thread.currentThread());
        queued.add(entry);
        while (!entry.done) {
            if (leading.tryLock()) {
                try {
                    if (!entry.done) {
                        lead();
                    }
                } finally {
                    leading.unlock();
                }
                Entry<?> next = queued.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller); // it leads the next batch
                }
            } else {
                LockSupport.parkNanos(this, WAIT_NANOS);
            }
        }
        if (entry.failure instanceof Exception e) {
            throw e;
        }
        if (entry.failure instanceof Error e) {
            throw e;
        }
        return entry.result;
    }

    private void lead() {
        List<Entry<?>> batch = new ArrayList<>();
        for (Entry<?> entry = queued.poll(); entry != null; entry = batch.size() < MAX_BATCH ? queued.poll() : null) {
            batch.add(entry);
        }
        try {
            runTogether(batch);
        } catch (SQLException | RuntimeException e) {
            for (Entry<?> entry : batch) {
                entry.alone(database);
            }
        }
        for (Entry<?> entry : batch) {
            entry.done = true;
            LockSupport.unpark(entry.caller);
        }
    }

    /**
     * Runs the batch in one transaction and commits it.
     *
     * @throws SQLException
     *             if the transaction as a whole failed: it failed to commit, or a piece lost a transaction conflict
     *             (the database may then have rolled back more than that piece); nothing of it was committed
     */
    private void runTogether(List<Entry<?>> batch) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                for (Entry<?> entry : batch) {
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        entry.run(connection);
                        connection.releaseSavepoint(savepoint);
                    } catch (SQLException e) {
                        if (Database.isTransactionConflict(e)) {
                            // The database may have rolled back the whole transaction, not only this piece.
                            throw e;
                        }
                        connection.rollback(savepoint);
                        entry.failure = e;
                    } catch (Exception | Error e) {
                        connection.rollback(savepoint);
                        entry.failure = e;
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
