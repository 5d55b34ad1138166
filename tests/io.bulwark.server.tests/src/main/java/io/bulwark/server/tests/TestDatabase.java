package io.bulwark.server.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database one test's server keeps its data in: the embedded H2 database in the data folder, or a fresh PostgreSQL
 * database created for this test alone and dropped by {@link #close()}, so tests never see each other's data.
 * <p>
 * PostgreSQL comes from the environment that {@code ./bulwark test} sets up ({@code releng/postgres.sh}):
 * {@value #URL_VARIABLE}, {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}. Without them the PostgreSQL tests
 * fail rather than skip, so a run that did not test PostgreSQL cannot pass for one that did.
 */
public final class TestDatabase implements AutoCloseable {

    /** A JDBC URL of a database the test user may connect to, to create and drop the per-test databases. */
    public static final String URL_VARIABLE = "BULWARK_TEST_POSTGRES_URL";
    /** A PostgreSQL role allowed to create databases. */
    public static final String USER_VARIABLE = "BULWARK_TEST_POSTGRES_USER";
    /** That role's password. */
    public static final String PASSWORD_VARIABLE = "BULWARK_TEST_POSTGRES_PASSWORD";

    private static final TestDatabase EMBEDDED = new TestDatabase(Storage.H2, null, null, null, null, null);

    private final Storage storage;
    private final String adminUrl;
    private final String url;
    private final String databaseName;
    private final String user;
    private final String password;

    private TestDatabase(Storage storage, String adminUrl, String url, String databaseName, String user,
            String password) {
        this.storage = storage;
        this.adminUrl = adminUrl;
        this.url = url;
        this.databaseName = databaseName;
        this.user = user;
        this.password = password;
    }

    /** @return the embedded H2 database in the server's data folder; closing it does nothing */
    public static TestDatabase embedded() {
        return EMBEDDED;
    }

    /**
     * @param storage
     *            the kind of database
     * @return the embedded database, or a new, empty PostgreSQL database
     * @throws SQLException
     *             if the PostgreSQL database cannot be created
     * @throws IllegalStateException
     *             if PostgreSQL is asked for but the environment does not name one
     */
    public static TestDatabase create(Storage storage) throws SQLException {
        return storage == Storage.H2 ? EMBEDDED : createPostgres();
    }

    private static TestDatabase createPostgres() throws SQLException {
        String adminUrl = System.getenv(URL_VARIABLE);
        if (adminUrl == null || adminUrl.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set, so there is no PostgreSQL to test against."
                    + " The server tests run against H2 and PostgreSQL; run them through ./bulwark test, which starts"
                    + " a private PostgreSQL for them (see releng/postgres.sh).");
        }
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        String name = "bulwark_t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(Storage.POSTGRESQL, adminUrl, withDatabase(adminUrl, name), name, user, password);
    }

    /** Replaces the database name in {@code jdbc:postgresql://HOST:PORT/NAME[?PARAMETERS]}. */
    private static String withDatabase(String adminUrl, String name) {
        int parameters = adminUrl.indexOf('?');
        String base = parameters < 0 ? adminUrl : adminUrl.substring(0, parameters);
        String rest = parameters < 0 ? "" : adminUrl.substring(parameters);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalStateException(URL_VARIABLE + " must name a database: " + base);
        }
        return base.substring(0, slash + 1) + name + rest;
    }

    /** @return which kind of database this is */
    public Storage storage() {
        return storage;
    }

    /** @return the server options that select this database */
    public List<String> serverArgs() {
        if (storage == Storage.H2) {
            return List.of();
        }
        return user == null ? List.of("--db", url) : List.of("--db", url, "--db-user", user);
    }

    /** @return the environment the server needs for this database: the password, never on the command line */
    public Map<String, String> serverEnvironment() {
        return password == null ? Map.of() : Map.of("BULWARK_DB_PASSWORD", password);
    }

    /**
     * Opens the server's database directly, to check what the server stored. Only while no server uses an H2 database:
     * H2 files are opened by one process at a time.
     *
     * @param dataFolder
     *            the server's data folder (used for H2)
     * @return a connection, to be closed by the caller
     * @throws SQLException
     *             if the database cannot be opened
     */
    public Connection connect(Path dataFolder) throws SQLException {
        if (storage == Storage.H2) {
            return DriverManager.getConnection(jdbcUrl(dataFolder) + ";IFEXISTS=TRUE", user(), password());
        }
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * @param dataFolder
     *            the server's data folder (used for H2)
     * @return the JDBC URL of the database, for a test that opens or migrates it itself
     */
    public String jdbcUrl(Path dataFolder) {
        return storage == Storage.H2 ? "jdbc:h2:file:" + dataFolder.resolve("db").resolve("bulwark") : url;
    }

    /** @return the database user, or {@code null} for the driver's default */
    public String user() {
        return storage == Storage.H2 ? "bulwark" : user;
    }

    /** @return the user's password, or {@code null} for none */
    public String password() {
        return storage == Storage.H2 ? "" : password;
    }

    /**
     * Drops the PostgreSQL database, ending any session still connected to it.
     *
     * @throws SQLException
     *             if it cannot be dropped
     */
    @Override
    public void close() throws SQLException {
        if (storage == Storage.H2) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    @Override
    public String toString() {
        return storage == Storage.H2 ? "H2" : "PostgreSQL " + databaseName;
    }
}
