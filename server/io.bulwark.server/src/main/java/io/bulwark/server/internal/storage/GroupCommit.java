package io.bulwark.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

import io.bulwark.server.internal.batching.LeaderBatches;

/**
 * Commits the short transactions of many threads together. A commit costs far more than a small transaction's work (the
 * embedded database writes every page the transaction changed, PostgreSQL flushes its log), so when thousands of agents
 * take a step of a move at once, committing each step alone would cost most of the server's time.
 * <p>
 * Each caller queues its work and waits. One of them at a time leads ({@link LeaderBatches}): it takes the queued work
 * (at most {@value #MAX_BATCH}), runs each piece in one transaction behind a savepoint of its own, commits once and
 * hands each caller its result; work that threw is rolled back to its savepoint alone and its caller gets the failure.
 * If the shared transaction itself fails (at commit, or a savepoint cannot be rolled back to), or a piece lost a
 * transaction conflict, every piece of the batch runs again alone in a transaction of its own, as
 * {@link Database#inTransaction} runs it. Work may therefore run more than once, and must leave effects other than
 * database changes to its caller. A caller alone waits for nobody: it leads a batch of one at once.
 */
final class GroupCommit {

    /** At most this many pieces of work share a transaction. */
    static final int MAX_BATCH = 64;

    private final Database database;
    private final LeaderBatches<Entry<?>> batches = new LeaderBatches<>(MAX_BATCH, this::lead);

    /** One caller's work and, once done, its outcome. */
    private static final class Entry<T> extends LeaderBatches.Piece {
        final Database.Work<T> work;
        T result;

        Entry(Database.Work<T> work) {
            this.work = work;
        }

        void run(Connection connection) throws Exception {
            result = work.run(connection);
        }

        void alone(Database database) {
            result = null;
            fail(null);
            try {
                result = database.inTransaction(work);
            } catch (Exception | Error e) {
                fail(e);
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
        Entry<T> entry = new Entry<>(work);
        batches.await(entry);
        if (entry.failure() instanceof Exception e) {
            throw e;
        }
        if (entry.failure() instanceof Error e) {
            throw e;
        }
        return entry.result;
    }

    private void lead(List<Entry<?>> batch) {
        try {
            runTogether(batch);
        } catch (SQLException | RuntimeException e) {
            for (Entry<?> entry : batch) {
                entry.alone(database);
            }
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
                        entry.fail(e);
                    } catch (Exception | Error e) {
                        connection.rollback(savepoint);
                        entry.fail(e);
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
