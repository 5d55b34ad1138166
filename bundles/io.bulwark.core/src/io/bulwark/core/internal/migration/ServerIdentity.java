package io.bulwark.core.internal.migration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveServer;
import io.bulwark.protocol.ServerInfo;

/** Checks that a client reaches the server a campaign or a move was planned with, before anything is sent to it. */
public final class ServerIdentity {

    private ServerIdentity() {
    }

    /**
     * @param client
     *            a logged-in client
     * @param planned
     *            the server it should reach
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws MoveException
     *             naming both servers if it reaches another one
     * @throws ServerException
     *             if the server cannot be asked
     */
    public static void check(ServerClient client, MoveServer planned, IProgressMonitor monitor)
            throws MoveException, ServerException {
        ServerInfo info = client.serverInfo(monitor);
        if (!planned.serverId().equals(info.serverId())) {
            throw new MoveException(NLS.bind(Messages.ServerIdentity_otherServer,
                    new Object[]{client.address(), info.name(), planned.name(), planned.url()}));
        }
    }
}
