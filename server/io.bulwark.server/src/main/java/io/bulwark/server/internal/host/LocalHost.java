package io.bulwark.server.internal.host;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This machine's host name: the server's default display name and a name its certificate is valid for.
 */
public final class LocalHost {

    private static final Logger LOG = LoggerFactory.getLogger(LocalHost.class);

    private LocalHost() {
    }

    /**
     * @return the host name, or {@code localhost} if the machine cannot tell (a warning is logged)
     */
    public static String name() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            LOG.warn("Cannot determine this machine's host name, using localhost: {}", e.getMessage()); //$NON-NLS-1$
            return "localhost"; //$NON-NLS-1$
        }
    }
}
