package io.bulwark.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.model.AccountRole;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;

/** How servers read to a person, shared by every part that shows them. */
public final class ServerLabels {

    private ServerLabels() {
    }

    /** The address as the administrator typed it, e.g. {@code https://[::1]:4343}. */
    public static String address(ManagementServer server) {
        return new ServerAddress(server.isUseTls(), server.getHost(), server.getPort()).toString();
    }

    /** The connection state in words. */
    public static String state(ConnectionState state) {
        if (state == null) {
            return Messages.ServerLabels_stateDisconnected;
        }
        return switch (state) {
            case DISCONNECTED -> Messages.ServerLabels_stateDisconnected;
            case CONNECTING -> Messages.ServerLabels_stateConnecting;
            case CONNECTED -> Messages.ServerLabels_stateConnected;
            case UNREACHABLE -> Messages.ServerLabels_stateUnreachable;
            case CERTIFICATE_CHANGED -> Messages.ServerLabels_stateCertificateChanged;
            case CERTIFICATE_UNCONFIRMED -> Messages.ServerLabels_stateCertificateUnconfirmed;
        };
    }

    /**
     * Who the console is on a server: the account and, once signed in, its role, e.g. {@code root (Root)}; empty when
     * no account is set.
     */
    public static String signedInAs(ManagementServer server) {
        String user = server.getUser() == null ? "" : server.getUser(); //$NON-NLS-1$
        if (!server.isSetRole()) {
            return user;
        }
        return NLS.bind(Messages.ServerLabels_userWithRole, user, role(server.getRole()));
    }

    /** A role in words. */
    public static String role(AccountRole role) {
        return switch (role) {
            case ROOT -> Messages.ServerLabels_roleRoot;
            case ADMINISTRATOR -> Messages.ServerLabels_roleAdministrator;
            case OPERATOR -> Messages.ServerLabels_roleOperator;
        };
    }
}
