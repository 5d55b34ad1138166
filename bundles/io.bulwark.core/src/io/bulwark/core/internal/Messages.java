package io.bulwark.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the core bundle that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.messages"; //$NON-NLS-1$

    public static String LiveServerRegistry_startupEntryRefused;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
