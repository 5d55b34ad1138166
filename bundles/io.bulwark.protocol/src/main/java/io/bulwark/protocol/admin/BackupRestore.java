package io.bulwark.protocol.admin;

import java.time.Instant;

/**
 * The answer to {@code POST /api/v1/backups/{id}/restore}: the server's data is now the backup's. Clients reload
 * everything they show; the event stream also announces the restore as {@code backup.restored}.
 *
 * @param backup
 *            the restored backup
 * @param restoredAt
 *            when the restore was committed
 * @param rowsRestored
 *            how many rows were written back
 */
public record BackupRestore(Backup backup, Instant restoredAt, long rowsRestored) {
}
