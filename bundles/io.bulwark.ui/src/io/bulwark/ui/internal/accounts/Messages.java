package io.bulwark.ui.internal.accounts;

import org.eclipse.osgi.util.NLS;

/** Texts of the Accounts part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.accounts.messages"; //$NON-NLS-1$

    public static String AccountsPart_columnCreated;
    public static String AccountsPart_columnDomains;
    public static String AccountsPart_columnRole;
    public static String AccountsPart_columnServer;
    public static String AccountsPart_columnUser;
    public static String AccountsPart_createAction;
    public static String AccountsPart_creating;
    public static String AccountsPart_newAccount;
    public static String AccountsPart_noServer;
    public static String AccountsPart_read;
    public static String AccountsPart_readAction;
    public static String AccountsPart_reading;
    public static String AccountsPart_rootOnly;
    public static String AccountsPart_signedIn;
    public static String AccountsPart_signedOut;
    public static String NewAccountDialog_confirmation;
    public static String NewAccountDialog_heading;
    public static String NewAccountDialog_message;
    public static String NewAccountDialog_mismatch;
    public static String NewAccountDialog_password;
    public static String NewAccountDialog_passwordMissing;
    public static String NewAccountDialog_role;
    public static String NewAccountDialog_title;
    public static String NewAccountDialog_user;
    public static String NewAccountDialog_userMissing;
    public static String RoleLabels_administrator;
    public static String RoleLabels_operator;
    public static String RoleLabels_root;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
