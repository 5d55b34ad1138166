package io.bulwark.server.internal.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The tables of the server's schema as backups see them, discovered from the database itself so that every table a
 * migration adds is backed up without a change here: their columns with JDBC types, their primary keys, and an order in
 * which every table comes after the tables its foreign keys refer to (the order rows are restored in; deletion runs the
 * other way). Flyway's own history table is not part of the data.
 */
final class SchemaTables {

    /**
     * One column.
     *
     * @param name
     *            its name as the database spells it
     * @param key
     *            its name in lower case, as backups write it
     * @param jdbcType
     *            its {@link java.sql.Types} code
     * @param typeName
     *            the database's name of its type, e.g. {@code uuid} or {@code TIMESTAMP WITH TIME ZONE}
     */
    record Column(String name, String key, int jdbcType, String typeName) {
    }

    /**
     * One table.
     *
     * @param name
     *            its name as the database spells it
     * @param key
     *            its name in lower case, as backups write it
     * @param columns
     *            its columns in order
     * @param primaryKey
     *            the columns of its primary key, for a stable row order
     * @param references
     *            the keys of the other tables its foreign keys refer to
     */
    record Table(String name, String key, List<Column> columns, List<String> primaryKey, Set<String> references) {

        /** @return the table's name quoted for SQL */
        String quoted() {
            return quote(name);
        }
    }

    private SchemaTables() {
    }

    /**
     * @param connection
     *            an open connection
     * @return the server's tables, each after the tables it refers to
     * @throws SQLException
     *             if the catalogue cannot be read, or the foreign keys form a cycle
     */
    static List<Table> discover(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        List<String> names = Jdbc.query(connection,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'" //$NON-NLS-1$
                        + " ORDER BY table_name", //$NON-NLS-1$
                row -> row.getString(1), schema);
        Map<String, Table> byKey = new TreeMap<>();
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals(Database.schemaHistoryTable())) {
                continue;
            }
            byKey.put(key, new Table(name, key, columns(connection, name), primaryKey(metaData, schema, name),
                    references(metaData, schema, name)));
        }
        return inDependencyOrder(byKey);
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet empty = statement.executeQuery("SELECT * FROM " + quote(table) + " WHERE 1 = 0")) { //$NON-NLS-1$ //$NON-NLS-2$
            ResultSetMetaData columns = empty.getMetaData();
            List<Column> result = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                String name = columns.getColumnName(i);
                result.add(new Column(name, name.toLowerCase(Locale.ROOT), columns.getColumnType(i),
                        columns.getColumnTypeName(i)));
            }
            return result;
        }
    }

    private static List<String> primaryKey(DatabaseMetaData metaData, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet keys = metaData.getPrimaryKeys(null, schema, table)) {
            while (keys.next()) {
                bySequence.put(Integer.valueOf(keys.getInt("KEY_SEQ")), keys.getString("COLUMN_NAME")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static Set<String> references(DatabaseMetaData metaData, String schema, String table)
            throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        try (ResultSet keys = metaData.getImportedKeys(null, schema, table)) {
            while (keys.next()) {
                String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT); //$NON-NLS-1$
                if (!parent.equalsIgnoreCase(table)) {
                    referenced.add(parent);
                }
            }
        }
        return referenced;
    }

    private static List<Table> inDependencyOrder(Map<String, Table> byKey) throws SQLException {
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < byKey.size()) {
            boolean progress = false;
            for (Table table : byKey.values()) {
                if (!ordered.containsKey(table.key()) && ordered.keySet().containsAll(
                        table.references().stream().filter(byKey::containsKey).toList())) {
                    ordered.put(table.key(), table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException(
                        "The foreign keys between these tables form a cycle, so no restore order exists: " //$NON-NLS-1$
                                + byKey.keySet().stream().filter(key -> !ordered.containsKey(key)).toList());
            }
        }
        return List.copyOf(ordered.values());
    }

    /**
     * @param identifier
     *            a table or column name as the database spells it
     * @return it quoted for SQL, so that any case and reserved words work on H2 and PostgreSQL alike
     */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
