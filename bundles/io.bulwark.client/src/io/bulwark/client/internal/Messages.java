package io.bulwark.client.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the client bundle that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.client.internal.messages"; //$NON-NLS-1$

    public static String ServerAddress_empty;
    public static String ServerAddress_hostMissing;
    public static String ServerAddress_malformed;
    public static String ServerAddress_portOutOfRange;
    public static String ServerAddress_unknownScheme;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
