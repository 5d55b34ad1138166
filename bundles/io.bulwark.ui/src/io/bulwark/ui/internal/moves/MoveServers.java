package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.move.MoveServer;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * The console's servers as the ends of moves: which registered server a journalled move names (by its identity, else by
 * its address), and the signed-in client of a connected one. Call on the model thread (the UI thread).
 */
final class MoveServers {

    private final ServerRegistryService registry;
    private final ServerConnections connections;

    MoveServers(ServerRegistryService registry, ServerConnections connections) {
        this.registry = registry;
        this.connections = connections;
    }

    /** @return every registered server, those in folders too */
    List<ManagementServer> all() {
        ServerRegistry servers = registry.getRegistry();
        List<ManagementServer> all = new ArrayList<>(servers.getServers());
        List<ServerFolder> folders = new ArrayList<>(servers.getFolders());
        while (!folders.isEmpty()) {
            ServerFolder folder = folders.remove(0);
            all.addAll(folder.getServers());
            folders.addAll(folder.getFolders());
        }
        return all;
    }

    /**
     * @param end
     *            one end of a move as planned
     * @return the registered server it names, or {@code null} if this console does not know it
     */
    ManagementServer find(MoveServer end) {
        ManagementServer byAddress = null;
        for (ManagementServer server : all()) {
            if (end.serverId() != null && end.serverId().toString().equals(server.getServerId())) {
                return server;
            }
            if (byAddress == null && sameAddress(server, end.url())) {
                byAddress = server;
            }
        }
        return byAddress;
    }

    /**
     * @param server
     *            a registered server
     * @return its signed-in client while it is connected, else {@code null}
     */
    ServerClient client(ManagementServer server) {
        if (server == null || server.getState() != ConnectionState.CONNECTED) {
            return null;
        }
        ServerConnection connection = connections.connection(server);
        return connection == null ? null : connection.client();
    }

    /** @return the address the console reaches a server at, as plans write it */
    static String url(ManagementServer server) {
        return new ServerAddress(server.isUseTls(), server.getHost(), server.getPort()).toString();
    }

    private static boolean sameAddress(ManagementServer server, String url) {
        try {
            return url != null && ServerAddress.parse(url).toString().toLowerCase(Locale.ROOT)
                    .equals(url(server).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
