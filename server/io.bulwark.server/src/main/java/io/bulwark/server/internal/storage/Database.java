package io.bulwark.server.internal.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The server's database: a connection pool over the embedded H2 file database in the data folder or over a PostgreSQL
 * database, migrated to the current schema by Flyway before anything uses it. The migrations are written in SQL common
 * to H2 and PostgreSQL, so one set of files serves both.
 */
public final class Database implements AutoCloseable {

    /** Name of the H2 database inside the {@code db/} folder; the file is {@code bulwark.mv.db}. */
    public static final String FILE_NAME = "bulwark"; //$NON-NLS-1$

    /** How many times a transaction that lost a deadlock or a serialization conflict is run in all. */
    static final int TRANSACTION_ATTEMPTS = 5;

    /** SQL state class of a transaction the database rolled back (deadlock, serialization failure). */
    private static final String TRANSACTION_ROLLBACK_CLASS = "40"; //$NON-NLS-1$

    private static final int POOL_SIZE = 8;
    /**
     * The embedded database stores an identity column's sequence with a commit of its own, a new chunk of every unsaved
     * page, each time the values it keeps in memory run out: by default every 32 rows, which a bulk move's relocate
     * commands and its departures' audit entries paid for. These columns keep many more. H2 keeps them for all
     * connections, so ids still come in the order rows are added; after a kill -9 they only skip the unused values. Set
     * on every open rather than by a migration, so the schema version, and with it which backups restore, stays.
     */
    private static final int EMBEDDED_IDENTITY_CACHE = 4096;

    /** How many parsed statements the embedded database keeps per connection (its default is 8). */
    private static final int QUERY_CACHE_SIZE = 256;
    private static final List<String> HOT_IDENTITY_TABLES = List.of("agent_command", "audit_entry"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * Columns holding one of a few states, as {@code table.column}. The embedded database plans a statement once per
     * connection and keeps the plan with the parsed statement; until it has counted a column's values it assumes half
     * the rows share each one. A statement first planned on a young server, such as handing out a queued command by its
     * id and state, then walked the index on the state past every queued command instead of finding the row by its key,
     * and kept doing so after the table had grown: with a bulk move's 10,000 relocate commands queued, each hand-out
     * cost seven times the lookup. Told at every open what counting would tell it, that each value is shared by very
     * many rows, the database plans such statements by their key from the start.
     */
    private static final List<String> EMBEDDED_STATE_COLUMNS = List.of("agent.status", "agent_command.state", //$NON-NLS-1$ //$NON-NLS-2$
            "agent_command.kind", "move_item.state", "move_ticket_agent.state"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** The selectivity the embedded database counts for a column with a few values among many rows: its least. */
    private static final int FEW_VALUES_SELECTIVITY = 1;

    /** The embedded database's page cache at least, in KiB: H2's own default. */
    private static final long MIN_CACHE_KIB = 16 * 1024;

    /** The embedded database's page cache at most, in KiB. */
    private static final long MAX_CACHE_KIB = 512 * 1024;

    private final HikariDataSource pool;
    private final String schemaVersion;
    private final GroupCommit groupCommit = new GroupCommit(this);

    private Database(HikariDataSource pool, String schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the embedded database in {@code folder} and migrates it.
     *
     * @param folder
     *            the database folder of the data folder
     * @return the open, migrated database
     * @throws StorageException
     *             if the database cannot be opened (for example another server holds it) or migrated
     */
    public static Database openEmbedded(Path folder) {
        HikariConfig config = new HikariConfig();
        // The server closes the database itself after the HTTP connector stopped, so H2 must not close it first
        // from its own shutdown hook. WRITE_DELAY=0 hands every commit to the operating system before the commit
        // returns: by default H2 writes commits up to 500 ms later, so a server killed with kill -9 would lose
        // changes it had already acknowledged.
        // CACHE_SIZE: H2's default page cache (16 MiB) holds only part of a server with 100,000 agents, so every
        // listing of them read and decoded most pages from the file again.
        // QUERY_CACHE_SIZE: every pooled connection runs the statements of every feature, far more than the eight
        // parsed statements H2 keeps per connection by default, so most statements were parsed again each time.
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" //$NON-NLS-1$ //$NON-NLS-2$
                + ";CACHE_SIZE=" + cacheKibibytes() + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE); //$NON-NLS-1$ //$NON-NLS-2$
        config.setUsername("bulwark"); //$NON-NLS-1$
        config.setPassword(""); //$NON-NLS-1$
        Database database = open(config, "the database in " + folder); //$NON-NLS-1$
        try {
            database.keepIdentityValues(EMBEDDED_IDENTITY_CACHE);
            database.markStateColumns();
        } catch (SQLException e) {
            database.close();
            throw new StorageException("Cannot set up the database in " + folder + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return database;
    }

    private void keepIdentityValues(int count) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String table : HOT_IDENTITY_TABLES) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE " + count); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private void markStateColumns() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String column : EMBEDDED_STATE_COLUMNS) {
                int dot = column.indexOf('.');
                statement.execute("ALTER TABLE " + column.substring(0, dot) + " ALTER COLUMN " //$NON-NLS-1$ //$NON-NLS-2$
                        + column.substring(dot + 1) + " SELECTIVITY " + FEW_VALUES_SELECTIVITY); //$NON-NLS-1$
            }
        }
    }

    /**
     * Opens a PostgreSQL database and migrates it. The database must exist and the user must be allowed to create
     * tables in it; an empty database gets the whole schema.
     *
     * @param jdbcUrl
     *            a {@code jdbc:postgresql:} URL
     * @param user
     *            the user, or {@code null} for the URL's or the driver's default
     * @param password
     *            the password, or {@code null} for none
     * @param displayUrl
     *            the URL as it may appear in messages (without parameters that could hold a password)
     * @return the open, migrated database
     * @throws StorageException
     *             if the database cannot be reached or migrated
     */
    public static Database openPostgres(String jdbcUrl, String user, char[] password, String displayUrl) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.postgresql.Driver"); //$NON-NLS-1$
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(new String(password));
        }
        return open(config, "the PostgreSQL database " + displayUrl); //$NON-NLS-1$
    }

    /** @return an eighth of the heap the server may use, within {@link #MIN_CACHE_KIB} and {@link #MAX_CACHE_KIB} */
    static long cacheKibibytes() {
        long eighth = Runtime.getRuntime().maxMemory() / 8 / 1024;
        return Math.max(MIN_CACHE_KIB, Math.min(MAX_CACHE_KIB, eighth));
    }

    private static Database open(HikariConfig config, String what) {
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("bulwark-db"); //$NON-NLS-1$
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot open " + what + ": " + rootMessage(e), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return new Database(pool, migrate(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String migrate(DataSource dataSource) {
        try {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load(); //$NON-NLS-1$
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion(); //$NON-NLS-1$
        } catch (FlywayException e) {
            throw new StorageException("Cannot bring the database schema up to date: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @return the schema version the database was migrated to at start, e.g. {@code 5}; backups record it, and only a
     *         database of the same version restores them
     */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** @return the name of Flyway's own table, which is not part of the server's data (nor of its backups) */
    public static String schemaHistoryTable() {
        return "flyway_schema_history"; //$NON-NLS-1$
    }

    /**
     * @return a pooled connection, to be closed by the caller
     * @throws SQLException
     *             if no connection can be obtained
     */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Work done in one database transaction.
     *
     * @param <T>
     *            what the work returns
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection
         *            a connection in a transaction, committed when this returns normally
         * @return the result
         * @throws Exception
         *             any failure; the transaction is rolled back and the failure passed on
         */
        T run(Connection connection) throws Exception;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. When the database rolls the
     * transaction back to break a deadlock or because it cannot serialize it (SQL state class {@code 40}), the work
     * runs again in a new transaction, a few times, after a short random pause: the work must therefore only touch the
     * database, and leave publishing and other effects to its caller, after it returns.
     *
     * @param <T>
     *            what the work returns
     * @param work
     *            the work
     * @return what the work returned
     * @throws Exception
     *             what the work threw, or the commit's failure
     */
    public <T> T inTransaction(Work<T> work) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (attempt >= TRANSACTION_ATTEMPTS || !isTransactionConflict(e)) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
            }
        }
    }

    /**
     * Runs work in a transaction it may share with the work of other threads asking at the same time: one commit for
     * many short transactions (see {@link GroupCommit}). For small, frequent changes such as an agent's step in a move,
     * whose commits alone would cost more than their work. As with {@link #inTransaction}, the work is committed when
     * this returns, rolled back if it throws, may run more than once, and must only touch the database.
     *
     * @param <T>
     *            what the work returns
     * @param work
     *            the work
     * @return what the work returned
     * @throws Exception
     *             what the work threw, or the commit's failure
     */
    public <T> T inSharedTransaction(Work<T> work) throws Exception {
        return groupCommit.inTransaction(work);
    }

    private <T> T once(Work<T> work) throws Exception {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * @param e
     *            a failure
     * @return whether the database rolled the transaction back to break a deadlock or a serialization conflict
     */
    static boolean isTransactionConflict(SQLException e) {
        for (SQLException link = e; link != null; link = link.getNextException()) {
            String state = link.getSQLState();
            if (state != null && state.startsWith(TRANSACTION_ROLLBACK_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes every connection; an embedded database is closed with the last one. */
    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
