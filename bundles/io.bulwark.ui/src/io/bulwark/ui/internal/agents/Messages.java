package io.bulwark.ui.internal.agents;

import org.eclipse.osgi.util.NLS;

/** Texts of the Agents part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.agents.messages"; //$NON-NLS-1$

    public static String AgentTreeLabelProvider_agent;
    public static String AgentTreeLabelProvider_agentWithoutAddress;
    public static String AgentTreeLabelProvider_server;
    public static String AgentTreeLabelProvider_statusMoving;
    public static String AgentTreeLabelProvider_statusOffline;
    public static String AgentTreeLabelProvider_statusOnline;
    public static String AgentTreeLabelProvider_statusRoaming;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
