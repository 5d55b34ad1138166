package io.bulwark.ui.internal.agents;

import org.eclipse.osgi.util.NLS;

/** Texts of the Agents part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.agents.messages"; //$NON-NLS-1$

    public static String AgentTreeLabelProvider_server;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
