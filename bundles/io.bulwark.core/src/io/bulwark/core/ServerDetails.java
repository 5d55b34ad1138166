package io.bulwark.core;

import io.bulwark.client.ServerAddress;
import io.bulwark.model.ManagementServer;

/**
 * What an administrator states about a server when adding or editing it: the name to show, where it listens and the
 * account to log in with. The registry checks the values; this record only carries them.
 *
 * @param name
 *            the name to show; blank means "show the address"
 * @param host
 *            host name, IPv4 address or IPv6 address (without brackets)
 * @param port
 *            the listening port, 1–65535
 * @param useTls
 *            whether the server speaks HTTPS
 * @param user
 *            the account the console logs in with, or {@code null}; not a secret
 */
public record ServerDetails(String name, String host, int port, boolean useTls, String user) {

    /** The details of a server at an address, with a name and no user yet. */
    public static ServerDetails of(ServerAddress address, String name) {
        return new ServerDetails(name, address.host(), address.port(), address.tls(), null);
    }

    /** The details a server has now, as a starting point for an edit. */
    public static ServerDetails of(ManagementServer server) {
        return new ServerDetails(server.getName(), server.getHost(), server.getPort(), server.isUseTls(),
                server.getUser());
    }

    /** A copy with another name. */
    public ServerDetails withName(String newName) {
        return new ServerDetails(newName, host, port, useTls, user);
    }

    /** A copy with another address. */
    public ServerDetails withAddress(String newHost, int newPort, boolean newUseTls) {
        return new ServerDetails(name, newHost, newPort, newUseTls, user);
    }

    /** A copy with another user. */
    public ServerDetails withUser(String newUser) {
        return new ServerDetails(name, host, port, useTls, newUser);
    }
}
