package io.bulwark.client.internal.live;

import org.eclipse.osgi.util.NLS;

/** Texts of the live model that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.client.internal.live.messages"; //$NON-NLS-1$

    public static String ModelUpdates_updateFailed;
    public static String ServerConnection_open;
    public static String ServerConnection_login;
    public static String ServerConnection_serverInfo;
    public static String ServerConnection_domains;
    public static String ServerConnection_policies;
    public static String ServerConnection_agents;
    public static String ServerConnection_agentsLoaded;
    public static String ServerConnection_reloadFailed;
    public static String ServerConnection_eventFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
