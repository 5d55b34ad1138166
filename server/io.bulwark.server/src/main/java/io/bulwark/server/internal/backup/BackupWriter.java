package io.bulwark.server.internal.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.ServerIdentity;

/**
 * Writes a backup zip from one snapshot of the database: every table read in a single read-only transaction that sees
 * the database as of one instant (PostgreSQL's {@code REPEATABLE READ}, H2's {@code SNAPSHOT}; H2's
 * {@code REPEATABLE READ} would fix each table only when first read), so the backup is consistent across tables while
 * changes go on.
 */
final class BackupWriter {

    /** H2's JDBC isolation level for a snapshot of the whole database at the first read. */
    private static final int H2_SNAPSHOT = 6;

    private final Database database;
    private final WireJson json;
    private final ServerIdentity identity;
    private final String serverVersion;

    /**
     * @param database
     *            the database to back up
     * @param json
     *            writes rows and the manifest
     * @param identity
     *            the server, recorded in the manifest
     * @param serverVersion
     *            the server's software version, recorded for people
     */
    BackupWriter(Database database, WireJson json, ServerIdentity identity, String serverVersion) {
        this.database = database;
        this.json = json;
        this.identity = identity;
        this.serverVersion = serverVersion;
    }

    /**
     * @param out
     *            receives the zip
     * @param createdAt
     *            the instant recorded as the backup's
     * @return the manifest written
     * @throws IOException
     *             if the zip cannot be written
     * @throws SQLException
     *             if the database cannot be read
     */
    BackupManifest write(OutputStream out, Instant createdAt) throws IOException, SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName()); //$NON-NLS-1$
            connection.setTransactionIsolation(h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                BackupManifest manifest = write(connection, out, createdAt);
                connection.commit();
                return manifest;
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private BackupManifest write(Connection connection, OutputStream out, Instant createdAt)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<BackupManifest.TableEntry> entries = new ArrayList<>();
        for (SchemaTables.Table table : SchemaTables.discover(connection)) {
            entries.add(writeTable(connection, table, zip));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, identity.serverId(), identity.name(),
                serverVersion, database.schemaVersion(), createdAt, entries);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(json.write(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private BackupManifest.TableEntry writeTable(Connection connection, SchemaTables.Table table, ZipOutputStream zip)
            throws IOException, SQLException {
        String entry = "tables/" + table.key() + ".ndjson"; //$NON-NLS-1$ //$NON-NLS-2$
        zip.putNextEntry(new ZipEntry(entry));
        MessageDigest digest = sha256();
        long rows = 0;
        String columns = table.columns().stream().map(column -> SchemaTables.quote(column.name()))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        String order = table.primaryKey().isEmpty()
                ? "" //$NON-NLS-1$
                : " ORDER BY " + table.primaryKey().stream().map(SchemaTables::quote).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement select = connection
                .prepareStatement("SELECT " + columns + " FROM " + table.quoted() + order); //$NON-NLS-1$ //$NON-NLS-2$
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    SchemaTables.Column column = table.columns().get(i);
                    values.put(column.key(), ColumnValues.read(table, column, row, i + 1));
                }
                byte[] line = json.write(values);
                digest.update(line);
                digest.update((byte) '\n');
                zip.write(line);
                zip.write('\n');
                rows++;
            }
        }
        zip.closeEntry();
        return new BackupManifest.TableEntry(table.key(), entry, rows, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
