package io.bulwark.server.internal.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.http.ApiException;

/**
 * Restores a backup zip into the database, in the caller's one transaction, so that a failure at any point changes
 * nothing. Before touching anything it checks the backup: its manifest, that it is this server's and of this schema
 * version, and every entry's SHA-256; while restoring it checks every entry again (hash and row count) as it reads it,
 * so a file changed in between is caught too.
 * <p>
 * The rows of every table are replaced, parents before children, except those of tables the {@link RestoreRule}s keep;
 * then the rules correct what they must. Identity columns need no reset: the backup comes from this same database (its
 * server id says so), whose identity counters never go back, so they are already beyond every restored id.
 */
final class BackupRestorer {

    private static final int BATCH = 500;

    private final WireJson json;
    private final UUID serverId;
    private final String schemaVersion;
    private final List<RestoreRule> rules;

    /**
     * @param json
     *            reads the manifest and the rows
     * @param serverId
     *            this server's id; backups of other servers are refused
     * @param schemaVersion
     *            this database's schema version; backups of other versions are refused
     * @param rules
     *            what a restore keeps and corrects
     */
    BackupRestorer(WireJson json, UUID serverId, String schemaVersion, List<RestoreRule> rules) {
        this.json = json;
        this.serverId = serverId;
        this.schemaVersion = schemaVersion;
        this.rules = List.copyOf(rules);
    }

    /**
     * Checks a backup without changing anything.
     *
     * @param file
     *            the zip
     * @return its manifest
     * @throws ApiException
     *             409 {@code backup_mismatch} if it is another server's or of another schema version, 409
     *             {@code backup_corrupt} if it is damaged or altered
     * @throws IOException
     *             if the file cannot be read
     */
    BackupManifest verify(Path file) throws ApiException, IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip);
            if (!serverId.equals(manifest.serverId())) {
                throw mismatch("This backup was taken by another server; a server restores only its own backups", //$NON-NLS-1$
                        "serverId", serverId.toString(), String.valueOf(manifest.serverId())); //$NON-NLS-1$
            }
            if (!schemaVersion.equals(manifest.schemaVersion())) {
                throw mismatch("This backup has database schema version " + manifest.schemaVersion() //$NON-NLS-1$
                        + ", this server " + schemaVersion + "; restore it with a server of that version", //$NON-NLS-1$ //$NON-NLS-2$
                        "schemaVersion", schemaVersion, String.valueOf(manifest.schemaVersion())); //$NON-NLS-1$
            }
            Set<String> names = new HashSet<>();
            for (BackupManifest.TableEntry table : manifest.tables()) {
                if (table.name() == null || table.entry() == null || table.sha256() == null || table.rows() < 0
                        || !names.add(table.name())) {
                    throw corrupt("Its manifest lists a table without name, entry, hash or count, or twice", null); //$NON-NLS-1$
                }
                ZipEntry entry = zip.getEntry(table.entry());
                if (entry == null) {
                    throw corrupt("The entry " + table.entry() + " is missing", table.entry()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                MessageDigest digest = BackupWriter.sha256();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                } catch (ZipException e) {
                    throw corrupt("The entry " + table.entry() + " cannot be read: " + e.getMessage(), table.entry()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
                    throw corrupt("The entry " + table.entry() + " does not match its SHA-256 in the manifest", //$NON-NLS-1$ //$NON-NLS-2$
                            table.entry());
                }
            }
            return manifest;
        }
    }

    /**
     * Replaces the database's rows with the backup's.
     *
     * @param connection
     *            the restore's transaction; never committed here
     * @param file
     *            the zip, already {@link #verify verified}
     * @return how many rows were restored from the backup
     * @throws ApiException
     *             409 if the backup does not match the database after all (its tables, hashes or counts); the caller
     *             rolls back
     * @throws IOException
     *             if the file cannot be read
     * @throws SQLException
     *             if a row cannot be written
     */
    long restore(Connection connection, Path file) throws ApiException, IOException, SQLException {
        List<SchemaTables.Table> tables = SchemaTables.discover(connection);
        Set<String> kept = rules.stream().flatMap(rule -> rule.keptTables().stream()).collect(Collectors.toSet());
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip);
            Map<String, BackupManifest.TableEntry> entries = new LinkedHashMap<>();
            manifest.tables().forEach(table -> entries.put(table.name(), table));
            Set<String> expected = tables.stream().map(SchemaTables.Table::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!expected.equals(new TreeSet<>(entries.keySet()))) {
                throw corrupt("Its tables " + new TreeSet<>(entries.keySet()) + " are not this database's " + expected, //$NON-NLS-1$ //$NON-NLS-2$
                        null);
            }
            List<SchemaTables.Table> replaced = tables.stream().filter(table -> !kept.contains(table.key())).toList();
            Map<SchemaTables.Table, List<Map<String, Object>>> carried = carryKeptRows(connection, tables, kept);
            for (SchemaTables.Table table : carried.keySet()) {
                delete(connection, table);
            }
            for (int i = replaced.size() - 1; i >= 0; i--) {
                delete(connection, replaced.get(i));
            }
            long rows = 0;
            for (SchemaTables.Table table : replaced) {
                rows += insertEntry(connection, zip, table, entries.get(table.key()));
            }
            for (Map.Entry<SchemaTables.Table, List<Map<String, Object>>> table : carried.entrySet()) {
                reinsert(connection, table.getKey(), table.getValue());
            }
            for (RestoreRule rule : rules) {
                rule.afterRowsRestored(connection);
            }
            return rows;
        }
    }

    /**
     * Reads the rows of kept tables that refer to replaced tables: deleting their parents would delete or orphan them,
     * so they are set aside and written back afterwards.
     */
    private static Map<SchemaTables.Table, List<Map<String, Object>>> carryKeptRows(Connection connection,
            List<SchemaTables.Table> tables, Set<String> kept) throws SQLException {
        Map<SchemaTables.Table, List<Map<String, Object>>> carried = new LinkedHashMap<>();
        for (SchemaTables.Table table : tables) {
            if (kept.contains(table.key()) && !kept.containsAll(table.references())) {
                carried.put(table, readAll(connection, table));
            }
        }
        return carried;
    }

    private static List<Map<String, Object>> readAll(Connection connection, SchemaTables.Table table)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT * FROM " + table.quoted())) { //$NON-NLS-1$
            while (row.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    SchemaTables.Column column = table.columns().get(i);
                    values.put(column.key(), ColumnValues.read(table, column, row, i + 1));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static void delete(Connection connection, SchemaTables.Table table) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM " + table.quoted()); //$NON-NLS-1$
        }
    }

    private long insertEntry(Connection connection, ZipFile zip, SchemaTables.Table table,
            BackupManifest.TableEntry entry) throws ApiException, IOException, SQLException {
        ZipEntry zipEntry = zip.getEntry(entry.entry());
        if (zipEntry == null) {
            throw corrupt("The entry " + entry.entry() + " is missing", entry.entry()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        MessageDigest digest = BackupWriter.sha256();
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(insertSql(table));
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(zip.getInputStream(zipEntry), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                digest.update(bytes);
                digest.update((byte) '\n');
                bind(insert, table, row(bytes, entry, rows + 1));
                insert.addBatch();
                rows++;
                if (rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        if (rows != entry.rows() || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
            throw corrupt("The entry " + entry.entry() + " changed while it was restored", entry.entry()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return rows;
    }

    private Map<String, Object> row(byte[] line, BackupManifest.TableEntry entry, long number) throws ApiException {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = json.read(line, Map.class);
            return row;
        } catch (WireFormatException e) {
            throw corrupt("Line " + number + " of " + entry.entry() + " is not a JSON object: " + e.getMessage(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    entry.entry());
        }
    }

    private static void bind(PreparedStatement insert, SchemaTables.Table table, Map<String, Object> row)
            throws ApiException, SQLException {
        Set<String> columns = table.columns().stream().map(SchemaTables.Column::key).collect(Collectors.toSet());
        if (!columns.containsAll(row.keySet())) {
            throw corrupt("A row of table " + table.key() + " has columns the table does not have: " + row.keySet(), //$NON-NLS-1$ //$NON-NLS-2$
                    null);
        }
        for (int i = 0; i < table.columns().size(); i++) {
            SchemaTables.Column column = table.columns().get(i);
            ColumnValues.bind(table, column, insert, i + 1, row.get(column.key()));
        }
    }

    /** Writes kept rows back; a row whose references no longer resolve is dropped (rolled back to its savepoint). */
    private static void reinsert(Connection connection, SchemaTables.Table table, List<Map<String, Object>> rows)
            throws SQLException, ApiException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql(table))) {
            for (Map<String, Object> row : rows) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    bind(insert, table, row);
                    insert.executeUpdate();
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    connection.rollback(savepoint);
                }
            }
        }
    }

    private static String insertSql(SchemaTables.Table table) {
        return "INSERT INTO " + table.quoted() + " (" //$NON-NLS-1$ //$NON-NLS-2$
                + table.columns().stream().map(column -> SchemaTables.quote(column.name()))
                        .collect(Collectors.joining(", ")) //$NON-NLS-1$
                + ") VALUES (" + table.columns().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static ZipFile open(Path file) throws ApiException, IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw corrupt("The file is not a readable zip: " + e.getMessage(), null); //$NON-NLS-1$
        }
    }

    private BackupManifest manifest(ZipFile zip) throws ApiException, IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw corrupt("It has no " + BackupManifest.ENTRY, BackupManifest.ENTRY); //$NON-NLS-1$
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.read(in, BackupManifest.class);
        } catch (WireFormatException | ZipException e) {
            throw corrupt("Its manifest cannot be read: " + e.getMessage(), BackupManifest.ENTRY); //$NON-NLS-1$
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw corrupt("Its format " + manifest.format() + " is not " + BackupManifest.FORMAT //$NON-NLS-1$ //$NON-NLS-2$
                    + ", the only one this server reads", BackupManifest.ENTRY); //$NON-NLS-1$
        }
        return manifest;
    }

    private static ApiException mismatch(String message, String what, String expected, String found) {
        return new ApiException(409, new ApiError(ErrorCodes.BACKUP_MISMATCH, message,
                Map.of("member", what, "expected", expected, "found", found)), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static ApiException corrupt(String message, String entry) {
        String text = "The backup is damaged or was altered, so nothing was restored: " + message; //$NON-NLS-1$
        return new ApiException(409, new ApiError(ErrorCodes.BACKUP_CORRUPT, text,
                entry == null ? Map.of() : Map.of("entry", entry)), Map.of()); //$NON-NLS-1$
    }
}
