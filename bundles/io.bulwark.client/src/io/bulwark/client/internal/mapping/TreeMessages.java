package io.bulwark.client.internal.mapping;

import org.eclipse.osgi.util.NLS;

/**
 * Texts a person may read when a server's description of its agent tree cannot be applied to the model, in
 * {@code treemessages.properties}.
 */
public final class TreeMessages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.client.internal.mapping.treemessages"; //$NON-NLS-1$

    public static String AgentMapping_unknownDomain;
    public static String AgentMapping_unknownStatus;
    public static String TreeMapping_cycle;
    public static String TreeMapping_duplicateId;
    public static String TreeMapping_ruleWithoutDomain;
    public static String TreeMapping_unknownParent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TreeMessages.class);
    }

    private TreeMessages() {
    }
}
