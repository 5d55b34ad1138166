package io.bulwark.client;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.admin.BackupRestore;

/**
 * A server's database backups: list, take one, restore one. Obtained from {@link ServerAdministration#backups()};
 * shares its client's session, trust, retries and cancellation. Taking and restoring are root's.
 */
public final class ServerBackups {

    private final TypedCalls calls;

    ServerBackups(TypedCalls calls) {
        this.calls = calls;
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the server's backups, newest first
     * @throws ServerException
     *             if the call fails
     */
    public List<Backup> list(IProgressMonitor monitor) throws ServerException {
        return List.of(calls.get(ApiPaths.BACKUPS, Backup[].class, monitor));
    }

    /**
     * Takes a backup of the server's whole database, while the server goes on working.
     *
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the new backup
     * @throws ServerException
     *             e.g. {@link ForbiddenException} for accounts other than root
     */
    public Backup create(IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", ApiPaths.BACKUPS, Map.of(), null, Backup.class, monitor); //$NON-NLS-1$
    }

    /**
     * Replaces the server's data with a backup's. The server checks the backup first and changes nothing if it is not
     * this server's, of another schema version or damaged; it keeps its identity, the audit log and the caller's
     * session.
     *
     * @param backupId
     *            the backup, as {@link Backup#id()}
     * @param monitor
     *            cancels the call, or {@code null}
     * @return what was restored
     * @throws ServerException
     *             e.g. {@link ConflictException} for a backup the server refuses, {@link NotFoundException} for an
     *             unknown one
     */
    public BackupRestore restore(String backupId, IProgressMonitor monitor) throws ServerException {
        String path = ApiPaths.BACKUPS + '/' + AgentQuery.encode(backupId) + "/restore"; //$NON-NLS-1$
        return calls.mutate("POST", path, Map.of(), null, BackupRestore.class, monitor); //$NON-NLS-1$
    }
}
