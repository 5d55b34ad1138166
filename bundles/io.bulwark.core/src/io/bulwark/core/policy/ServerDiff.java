package io.bulwark.core.policy;

import java.util.List;
import java.util.Objects;

import io.bulwark.client.ServerAddress;

/**
 * The workspace's copies of one server compared with the server.
 *
 * @param server
 *            the server
 * @param scopes
 *            each copy compared with its scope, root first
 * @param onlyOnServer
 *            domains the server has and the workspace holds no copy of
 * @param onlyInWorkspace
 *            copies of scopes the server no longer has (a deleted domain or agent)
 */
public record ServerDiff(ServerAddress server, List<ScopeDiff> scopes, List<WorkspaceScope> onlyOnServer,
        List<WorkspaceScope> onlyInWorkspace) {

    /** Requires every part; freezes the lists. */
    public ServerDiff {
        Objects.requireNonNull(server, "server"); //$NON-NLS-1$
        scopes = List.copyOf(scopes);
        onlyOnServer = List.copyOf(onlyOnServer);
        onlyInWorkspace = List.copyOf(onlyInWorkspace);
    }

    /** @return whether the workspace and the server hold the same scopes with the same settings */
    public boolean same() {
        return onlyOnServer.isEmpty() && onlyInWorkspace.isEmpty()
                && scopes.stream().allMatch(scope -> scope.changes().isEmpty());
    }
}
