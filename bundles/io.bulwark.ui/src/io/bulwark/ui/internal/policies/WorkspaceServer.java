package io.bulwark.ui.internal.policies;

import java.util.List;

import io.bulwark.client.ServerAddress;

/**
 * One server's copies in the policy workspace as the Policy Workspace part lists them.
 *
 * @param address
 *            the server
 * @param name
 *            its name in the console
 * @param copies
 *            its scopes' copies, the root first
 * @param problem
 *            why its folder cannot be listed, or {@code null}
 */
record WorkspaceServer(ServerAddress address, String name, List<WorkspaceCopy> copies, String problem) {

    WorkspaceServer {
        copies = List.copyOf(copies);
    }
}
