package io.bulwark.ui.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** Texts of the Dashboard part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.dashboard.messages"; //$NON-NLS-1$

    public static String DashboardPart_agents;
    public static String DashboardPart_byFreshness;
    public static String DashboardPart_byStatus;
    public static String DashboardPart_byVersion;
    public static String DashboardPart_moving;
    public static String DashboardPart_offline;
    public static String DashboardPart_online;
    public static String DashboardPart_outdated;
    public static String DashboardPart_roaming;
    public static String DashboardPart_total;
    public static String DashboardPart_unknown;
    public static String DashboardPart_upToDate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
