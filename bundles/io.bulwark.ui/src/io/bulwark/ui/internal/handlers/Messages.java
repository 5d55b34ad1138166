package io.bulwark.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** Texts of the console's global commands. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.handlers.messages"; //$NON-NLS-1$

    public static String AboutHandler_message;
    public static String AboutHandler_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
