package io.bulwark.ui.internal.agents;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * The servers of a registry for the agent tree: every server, those filed in folders too, top-level ones first and each
 * folder's in order. The tree shows servers side by side; folders are the Servers part's way of arranging them.
 */
final class RegistryServers {

    private RegistryServers() {
    }

    static List<ManagementServer> of(ServerRegistry registry) {
        List<ManagementServer> servers = new ArrayList<>(registry.getServers());
        collect(registry.getFolders(), servers);
        return servers;
    }

    private static void collect(List<ServerFolder> folders, List<ManagementServer> servers) {
        for (ServerFolder folder : folders) {
            servers.addAll(folder.getServers());
            collect(folder.getFolders(), servers);
        }
    }
}
