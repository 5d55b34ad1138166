package io.bulwark.server.internal.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.admin.BackupRestore;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.http.StreamedBody;
import io.bulwark.server.internal.storage.AtomicFiles;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Restorable;
import io.bulwark.server.internal.storage.ServerIdentity;

/**
 * Database backups: {@code GET /api/v1/backups} (the list, any account), {@code POST /api/v1/backups} (take one, root),
 * {@code GET /api/v1/backups/{id}} (download the zip, root: it holds password hashes) and {@code POST
 * /api/v1/backups/{id}/restore} (root). Taking and restoring are audited changes with the events {@code backup.created}
 * and {@code backup.restored}.
 * <p>
 * A restore replaces the data in one transaction, keeps everyone logged in whose account still exists, and after the
 * commit tells every {@link Restorable} part of the server to reload what it keeps in memory.
 */
public final class BackupEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(BackupEndpoints.class);
    private static final String ONE = ApiPaths.BACKUPS + "/{id}"; //$NON-NLS-1$
    private static final String RESTORE = ONE + "/restore"; //$NON-NLS-1$
    private static final String ZIP = "application/zip"; //$NON-NLS-1$

    private final BackupStore store;
    private final BackupWriter writer;
    private final BackupRestorer restorer;
    private final List<Restorable> restorables;
    private final Clock clock;

    /**
     * @param database
     *            the database to back up and restore
     * @param folder
     *            where backups are kept
     * @param identity
     *            this server; it restores only its own backups
     * @param serverVersion
     *            the server's software version, recorded in backups
     * @param rules
     *            what restores keep and correct
     * @param restorables
     *            the parts to reload after a restore; read at each restore, so parts may be added later
     * @param clock
     *            stamps backups and restores
     * @throws IOException
     *             if the backup folder cannot be read
     */
    public BackupEndpoints(Database database, Path folder, ServerIdentity identity, String serverVersion,
            List<RestoreRule> rules, List<Restorable> restorables, Clock clock) throws IOException {
        WireJson json = WireJson.create(WireJson.UnknownMembers.REJECT);
        this.store = new BackupStore(folder, json, clock);
        this.writer = new BackupWriter(database, json, identity, serverVersion);
        this.restorer = new BackupRestorer(json, identity.serverId(), database.schemaVersion(), rules);
        this.restorables = restorables;
        this.clock = clock;
    }

    /**
     * @param routes
     *            receives the backup routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.BACKUPS, Access.SESSION, request -> ApiReply.ok(store.list())) //$NON-NLS-1$
                .change("POST", ApiPaths.BACKUPS, this::create) //$NON-NLS-1$
                .add("GET", ONE, Access.SESSION, this::download) //$NON-NLS-1$
                .change("POST", RESTORE, this::restore); //$NON-NLS-1$
    }

    private ApiReply create(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        Backup backup = store.create((file, createdAt) -> {
            BackupManifest[] written = new BackupManifest[1];
            try {
                AtomicFiles.write(file, true, out -> {
                    try {
                        written[0] = writer.write(out, createdAt);
                    } catch (SQLException e) {
                        throw new SnapshotFailed(e);
                    }
                });
            } catch (SnapshotFailed e) {
                throw e.getCause();
            }
            return written[0];
        });
        change.audit("backup.create", "backup " + backup.id(), null, backup); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("backup.created", backup.id(), backup); //$NON-NLS-1$
        return new ApiReply(201, backup, Map.of("Location", ONE.replace("{id}", backup.id()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ApiReply download(ApiRequest request) throws Exception {
        request.caller().requireRoot();
        String id = request.pathParameter("id"); //$NON-NLS-1$
        Path file = require(id);
        long size = Files.size(file);
        StreamedBody body = new StreamedBody() {
            @Override
            public String mediaType() {
                return ZIP;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                Files.copy(file, out);
            }
        };
        return new ApiReply(200, body, Map.of("Content-Disposition", "attachment; filename=\"" + id + ".zip\"", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "Content-Length", Long.toString(size))); //$NON-NLS-1$
    }

    private ApiReply restore(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        String id = request.pathParameter("id"); //$NON-NLS-1$
        Path file = require(id);
        Backup backup = store.describe(id, file);
        restorer.verify(file);
        long rows = restorer.restore(change.connection(), file);
        BackupRestore restored = new BackupRestore(backup, clock.instant(), rows);
        change.audit("backup.restore", "backup " + id, null, restored); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("backup.restored", id, restored); //$NON-NLS-1$
        change.afterCommit(this::reloadAll);
        LOG.info("Restored backup {} ({} rows); committing", id, Long.valueOf(rows)); //$NON-NLS-1$
        return ApiReply.ok(restored);
    }

    private void reloadAll() {
        for (Restorable restorable : restorables) {
            try {
                restorable.reload();
            } catch (SQLException | RuntimeException e) {
                LOG.error("{} could not reload after a restore; restart the server to be sure it is current", //$NON-NLS-1$
                        restorable, e);
            }
        }
    }

    private Path require(String id) throws ApiException {
        return store.find(id).orElseThrow(() -> ApiException.notFound("There is no backup " + id)); //$NON-NLS-1$
    }

    /** Carries a database failure out of the file writer, which may only throw I/O failures. */
    private static final class SnapshotFailed extends IOException {
        private static final long serialVersionUID = 1L;

        SnapshotFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
