package io.bulwark.ui.internal.components;

import io.bulwark.model.AccountRole;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;

/** What the account the console signed in with may do on a server: operators only read. */
public final class AccountRoles {

    private AccountRoles() {
    }

    /**
     * @param server
     *            a server, or {@code null}
     * @return whether the console is connected to it with an account that may change things (root or administrator)
     */
    public static boolean mayChange(ManagementServer server) {
        return server != null && server.getState() == ConnectionState.CONNECTED && server.isSetRole()
                && server.getRole() != AccountRole.OPERATOR;
    }

    /**
     * @param server
     *            a server, or {@code null}
     * @return whether the console is connected to it as root, the only account that may manage accounts and backups
     */
    public static boolean isRoot(ManagementServer server) {
        return server != null && server.getState() == ConnectionState.CONNECTED && server.isSetRole()
                && server.getRole() == AccountRole.ROOT;
    }
}
