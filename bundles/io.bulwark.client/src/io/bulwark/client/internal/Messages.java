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
    public static String ServerClient_unreachable;
    public static String ServerClient_certificateNotTrusted;
    public static String ServerClient_certificateChanged;
    public static String ServerClient_noErrorBody;
    public static String ServerClient_unreadableAnswer;
    public static String ServerClient_missingETag;
    public static String ServerClient_closed;
    public static String ServerClient_interrupted;
    public static String AgentStream_notAnAgent;
    public static String EventStream_ended;
    public static String EventStream_listenerFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
