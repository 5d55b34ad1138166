package io.bulwark.server.internal.backup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code manifest.json} entry of a backup zip: which server and schema version the backup belongs to, when it was
 * taken, and for each table (in restore order) its entry, row count and SHA-256, so a restore can refuse a backup that
 * is not this server's, not of this schema, damaged or altered before it changes anything.
 *
 * @param format
 *            the layout of the zip; {@link #FORMAT} for this one
 * @param serverId
 *            the id of the server that took it
 * @param serverName
 *            that server's name then, for people
 * @param serverVersion
 *            that server's software version, for people
 * @param schemaVersion
 *            the database schema version (Flyway's)
 * @param createdAt
 *            when the snapshot was taken
 * @param tables
 *            the tables, each after those its foreign keys refer to
 */
public record BackupManifest(int format, UUID serverId, String serverName, String serverVersion, String schemaVersion,
        Instant createdAt, List<TableEntry> tables) {

    /** The current layout: {@value #ENTRY} plus one NDJSON entry per table. */
    public static final int FORMAT = 1;

    /** The manifest's entry name in the zip. */
    public static final String ENTRY = "manifest.json"; //$NON-NLS-1$

    /** Freezes the table list. */
    public BackupManifest {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /**
     * One table's entry: one JSON object per line, one line per row, members named after the columns in lower case.
     *
     * @param name
     *            the table's name in lower case
     * @param entry
     *            the entry's name in the zip
     * @param rows
     *            how many rows (lines) it holds
     * @param sha256
     *            the SHA-256 of the entry's bytes, lower-case hex
     */
    public record TableEntry(String name, String entry, long rows, String sha256) {
    }
}
