package io.bulwark.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the console's workbench-wide services. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.messages"; //$NON-NLS-1$

    public static String LayoutKeeper_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
