package io.bulwark.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

/** Texts of the Servers part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.servers.messages"; //$NON-NLS-1$

    public static String MasterPasswordDialog_chooseMessage;
    public static String MasterPasswordDialog_chooseTitle;
    public static String MasterPasswordDialog_confirmation;
    public static String MasterPasswordDialog_enterMessage;
    public static String MasterPasswordDialog_enterTitle;
    public static String MasterPasswordDialog_mismatch;
    public static String MasterPasswordDialog_password;
    public static String MasterPasswordDialog_passwordMissing;
    public static String MasterPasswordDialog_title;
    public static String ServerLabels_stateCertificateChanged;
    public static String ServerLabels_stateCertificateUnconfirmed;
    public static String ServerLabels_stateConnected;
    public static String ServerLabels_stateConnecting;
    public static String ServerLabels_stateDisconnected;
    public static String ServerLabels_stateUnreachable;
    public static String ServersPart_columnAddress;
    public static String ServersPart_columnName;
    public static String ServersPart_columnState;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
