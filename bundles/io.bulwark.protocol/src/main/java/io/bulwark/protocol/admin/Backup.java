package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A backup of a server's database, as {@code GET /api/v1/backups} lists it and {@code POST /api/v1/backups} returns it.
 * The backup itself is a zip file ({@code GET /api/v1/backups/{id}}) holding a manifest and one NDJSON entry per table,
 * taken in one consistent snapshot of the database.
 *
 * @param id
 *            the backup's id, for the download and restore paths
 * @param createdAt
 *            when the snapshot was taken
 * @param size
 *            the zip file's size in bytes
 * @param schemaVersion
 *            the database schema version the backup was taken from; only a server with the same schema version can
 *            restore it
 * @param rows
 *            how many rows each table held, by table name
 */
public record Backup(String id, Instant createdAt, long size, String schemaVersion, Map<String, Long> rows) {

    /** Freezes the row counts, sorted by table name. */
    public Backup {
        rows = rows == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rows));
    }
}
