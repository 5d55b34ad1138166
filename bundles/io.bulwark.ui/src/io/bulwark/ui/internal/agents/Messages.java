package io.bulwark.ui.internal.agents;

import org.eclipse.osgi.util.NLS;

/** Texts of the Agents part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.agents.messages"; //$NON-NLS-1$

    public static String AgentDropAdapter_alreadyThere;
    public static String AgentDropAdapter_notConnected;
    public static String AgentDropAdapter_severalServers;
    public static String AgentTreeLabelProvider_agent;
    public static String AgentTreeLabelProvider_agentWithoutAddress;
    public static String AgentTreeLabelProvider_outdated;
    public static String AgentTreeLabelProvider_range;
    public static String AgentTreeLabelProvider_separator;
    public static String AgentTreeLabelProvider_server;
    public static String AgentTreeLabelProvider_statusMoving;
    public static String AgentTreeLabelProvider_statusOffline;
    public static String AgentTreeLabelProvider_statusOnline;
    public static String AgentTreeLabelProvider_statusRoaming;
    public static String AgentTreeLabelProvider_updateAgent;
    public static String AgentsPart_filterHint;
    public static String AgentsPart_filterTooltip;
    public static String AgentsPart_updateAgentsOnly;
    public static String FilterErrors_emptyValue;
    public static String FilterErrors_unknownField;
    public static String FilterErrors_unknownProperty;
    public static String FilterErrors_unknownStatus;
    public static String MoveAgentsJob_failed;
    public static String MoveAgentsJob_name;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
