package io.bulwark.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts about connecting to servers that a person may read, in {@code connectionmessages.properties}. */
public final class ConnectionMessages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.connectionmessages"; //$NON-NLS-1$

    public static String ServerConnections_connect;
    public static String ServerConnections_noPassword;
    public static String ServerConnections_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ConnectionMessages.class);
    }

    private ConnectionMessages() {
    }
}
