package io.bulwark.server.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few JDBC shapes the stores repeat: a query mapped row by row, a single optional row, an update and an insert
 * returning its generated key. Parameters are bound in order; an {@link Instant} is bound as a UTC timestamp with time
 * zone, which H2 and PostgreSQL both store exactly.
 */
public final class Jdbc {

    /**
     * Maps the current row of a result set.
     *
     * @param <T>
     *            what a row becomes
     */
    @FunctionalInterface
    public interface RowMapper<T> {
        /**
         * @param row
         *            positioned on a row
         * @return the mapped value
         * @throws SQLException
         *             if a column cannot be read
         */
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * @param <T>
     *            what a row becomes
     * @param connection
     *            an open connection
     * @param sql
     *            a query with {@code ?} placeholders
     * @param mapper
     *            maps each row
     * @param parameters
     *            bound in order
     * @return every row, mapped
     * @throws SQLException
     *             if the query fails
     */
    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** Receives the rows of {@link #forEach} one at a time. */
    public interface RowHandler {
        /**
         * @param row
         *            positioned on a row
         * @throws Exception
         *             to stop reading; it reaches the caller of {@link #forEach}
         */
        void handle(ResultSet row) throws Exception;
    }

    /**
     * Hands every row of a query to a handler as the database delivers them, never holding the whole result: for
     * results too large to keep (a stream of every agent). Reads through a cursor inside a read-only transaction that
     * is rolled back at the end, since PostgreSQL only honours the fetch size inside a transaction.
     *
     * @param connection
     *            an open connection, in auto-commit mode, used for nothing else meanwhile
     * @param sql
     *            the query
     * @param fetchSize
     *            how many rows the driver fetches at a time
     * @param handler
     *            receives each row
     * @param parameters
     *            bound in order
     * @throws Exception
     *             if the query fails or the handler throws
     */
    public static void forEach(Connection connection, String sql, int fetchSize, RowHandler handler,
            Object... parameters) throws Exception {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setFetchSize(fetchSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    /**
     * @param <T>
     *            what the row becomes
     * @param connection
     *            an open connection
     * @param sql
     *            a query expected to return at most one row
     * @param mapper
     *            maps the row
     * @param parameters
     *            bound in order
     * @return the row, or empty
     * @throws SQLException
     *             if the query fails
     */
    public static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
        }
    }

    /**
     * @param connection
     *            an open connection
     * @param sql
     *            a query returning one number, e.g. {@code SELECT COUNT(*)}
     * @param parameters
     *            bound in order
     * @return the number
     * @throws SQLException
     *             if the query fails
     */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        return one(connection, sql, row -> Long.valueOf(row.getLong(1)), parameters).orElse(Long.valueOf(0))
                .longValue();
    }

    /**
     * @param connection
     *            an open connection
     * @param sql
     *            an INSERT, UPDATE or DELETE
     * @param parameters
     *            bound in order
     * @return the number of rows changed
     * @throws SQLException
     *             if the statement fails
     */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /**
     * @param connection
     *            an open connection
     * @param sql
     *            an INSERT into a table with a generated {@code id}
     * @param parameters
     *            bound in order
     * @return the generated id
     * @throws SQLException
     *             if the statement fails or generates no key
     */
    public static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[]{"id"})) { //$NON-NLS-1$
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No id was generated by " + sql); //$NON-NLS-1$
                }
                return keys.getLong(1);
            }
        }
    }

    /**
     * @param row
     *            a row
     * @param column
     *            a timestamp-with-time-zone column
     * @return its value, or {@code null}
     * @throws SQLException
     *             if the column cannot be read
     */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * @param row
     *            a row
     * @param column
     *            a nullable BIGINT column
     * @return its value, or {@code null}
     * @throws SQLException
     *             if the column cannot be read
     */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Long.valueOf(value);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Statement statement, Object... parameters) throws SQLException {
        PreparedStatement prepared = (PreparedStatement) statement;
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                prepared.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                prepared.setObject(i + 1, value);
            }
        }
    }
}
