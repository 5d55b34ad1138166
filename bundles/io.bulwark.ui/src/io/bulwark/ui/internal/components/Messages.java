package io.bulwark.ui.internal.components;

import org.eclipse.osgi.util.NLS;

/** Texts of the Components part and of what the administration parts share. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.components.messages"; //$NON-NLS-1$

    public static String ComponentCommands_cancel;
    public static String ComponentCommands_counts;
    public static String ComponentCommands_failed;
    public static String ComponentCommands_notConnected;
    public static String ComponentCommands_notify;
    public static String ComponentCommands_refresh;
    public static String ComponentCommands_running;
    public static String ComponentCommands_scan;
    public static String ComponentCommands_succeeded;
    public static String ComponentCommands_update;
    public static String ComponentsPart_cancelNotifications;
    public static String ComponentsPart_cancelled;
    public static String ComponentsPart_columnAgent;
    public static String ComponentsPart_columnBehind;
    public static String ComponentsPart_columnComponent;
    public static String ComponentsPart_columnComponents;
    public static String ComponentsPart_columnQueued;
    public static String ComponentsPart_columnUpdated;
    public static String ComponentsPart_columnVersion;
    public static String ComponentsPart_noUpdateYet;
    public static String ComponentsPart_notified;
    public static String ComponentsPart_notifyAgents;
    public static String ComponentsPart_outdated;
    public static String ComponentsPart_queue;
    public static String ComponentsPart_refresh;
    public static String ComponentsPart_refreshed;
    public static String ComponentsPart_updateServer;
    public static String ComponentsPart_working;
    public static String ConnectedServerChooser_server;
    public static String ServerJob_cancelled;
    public static String ServerJob_failed;
    public static String ServerJob_forbidden;
    public static String ServerJob_name;
    public static String ServerJob_refresh;
    public static String ServerJob_tryAgain;
    public static String ServerJob_unreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
