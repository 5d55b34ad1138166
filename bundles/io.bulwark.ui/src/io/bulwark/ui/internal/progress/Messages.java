package io.bulwark.ui.internal.progress;

import org.eclipse.osgi.util.NLS;

/** Texts of the console's progress displays. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.progress.messages"; //$NON-NLS-1$

    public static String Progress_all;
    public static String Progress_cancel;
    public static String Progress_idle;
    public static String Progress_stopping;
    public static String Progress_titleAndStep;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
