package io.bulwark.server.internal.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns column values into JSON values for a backup and back, by the column's type, the same way on H2 and PostgreSQL:
 * numbers and booleans as themselves, text as strings, UUIDs and times as their ISO-8601 text (timestamps with time
 * zone keep their offset), binary data as Base64. A column of a type not listed here fails the backup with a message
 * naming it, rather than being copied wrongly.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    private enum Kind {
        UUID, INTEGER, BOOLEAN, TEXT, TIMESTAMP_ZONED, TIMESTAMP, DATE, TIME, DECIMAL, FLOATING, BINARY
    }

    private static Kind kind(SchemaTables.Table table, SchemaTables.Column column) throws SQLException {
        String typeName = column.typeName() == null ? "" : column.typeName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (typeName.equals("uuid")) { //$NON-NLS-1$
            return Kind.UUID;
        }
        if (typeName.equals("timestamptz") || typeName.contains("with time zone")) { //$NON-NLS-1$ //$NON-NLS-2$
            return Kind.TIMESTAMP_ZONED;
        }
        return switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB ->
                Kind.TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_ZONED;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOATING;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> throw new SQLException("Backups do not support the type " + column.typeName() + " of column " //$NON-NLS-1$ //$NON-NLS-2$
                    + table.key() + "." + column.key() + " yet"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    /**
     * @param table
     *            the table
     * @param column
     *            the column
     * @param row
     *            positioned on a row
     * @param index
     *            the column's index in the row
     * @return the value as JSON sees it: {@code null}, a number, a boolean or a string
     * @throws SQLException
     *             if the value cannot be read or its type is not supported
     */
    static Object read(SchemaTables.Table table, SchemaTables.Column column, ResultSet row, int index)
            throws SQLException {
        Kind kind = kind(table, column);
        Object value = switch (kind) {
            case UUID -> row.getObject(index, UUID.class);
            case INTEGER -> Long.valueOf(row.getLong(index));
            case BOOLEAN -> Boolean.valueOf(row.getBoolean(index));
            case TEXT -> row.getString(index);
            case TIMESTAMP_ZONED -> row.getObject(index, OffsetDateTime.class);
            case TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case DATE -> row.getObject(index, LocalDate.class);
            case TIME -> row.getObject(index, LocalTime.class);
            case DECIMAL -> row.getBigDecimal(index);
            case FLOATING -> Double.valueOf(row.getDouble(index));
            case BINARY -> row.getBytes(index);
        };
        if (row.wasNull() || value == null) {
            return null;
        }
        return switch (kind) {
            case UUID, TIMESTAMP_ZONED, TIMESTAMP, DATE, TIME -> value.toString();
            case BINARY -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value;
        };
    }

    /**
     * Binds a value read from a backup.
     *
     * @param table
     *            the table
     * @param column
     *            the column
     * @param insert
     *            the statement
     * @param index
     *            the parameter's index
     * @param value
     *            the JSON value
     * @throws SQLException
     *             if the value does not fit the column; the restore then fails and changes nothing
     */
    static void bind(SchemaTables.Table table, SchemaTables.Column column, PreparedStatement insert, int index,
            Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, column.jdbcType());
            return;
        }
        Kind kind = kind(table, column);
        try {
            switch (kind) {
                case UUID -> insert.setObject(index, UUID.fromString(text(value)));
                case INTEGER -> insert.setLong(index, ((Number) value).longValue());
                case BOOLEAN -> insert.setBoolean(index, ((Boolean) value).booleanValue());
                case TEXT -> insert.setString(index, text(value));
                case TIMESTAMP_ZONED -> insert.setObject(index, OffsetDateTime.parse(text(value)));
                case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(text(value)));
                case DATE -> insert.setObject(index, LocalDate.parse(text(value)));
                case TIME -> insert.setObject(index, LocalTime.parse(text(value)));
                case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.toString()));
                case FLOATING -> insert.setDouble(index, ((Number) value).doubleValue());
                case BINARY -> insert.setBytes(index, Base64.getDecoder().decode(text(value)));
                default -> throw new IllegalStateException(kind.name());
            }
        } catch (ClassCastException | IllegalArgumentException | DateTimeParseException e) {
            throw new SQLException("The backup's value " + value + " does not fit column " + table.key() + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + column.key() + " (" + column.typeName() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("expected a string"); //$NON-NLS-1$
    }
}
