package io.bulwark.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

/** Texts of the Servers part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.servers.messages"; //$NON-NLS-1$

    public static String CertificateDialog_changedAdvice;
    public static String CertificateDialog_changedMessage;
    public static String CertificateDialog_changedTitle;
    public static String CertificateDialog_changedWindowTitle;
    public static String CertificateDialog_confirmAdvice;
    public static String CertificateDialog_confirmMessage;
    public static String CertificateDialog_confirmTitle;
    public static String CertificateDialog_confirmWindowTitle;
    public static String CertificateDialog_keepRefusing;
    public static String CertificateDialog_pinned;
    public static String CertificateDialog_presented;
    public static String CertificateDialog_replace;
    public static String CertificateDialog_trust;
    public static String DeleteFoldersHandler_delete;
    public static String DeleteFoldersHandler_failed;
    public static String DeleteFoldersHandler_questionMany;
    public static String DeleteFoldersHandler_questionOne;
    public static String DeleteFoldersHandler_title;
    public static String ExportServersHandler_failed;
    public static String ExportServersHandler_title;
    public static String FolderNameDialog_nameMissing;
    public static String ImportServersHandler_added;
    public static String ImportServersHandler_failed;
    public static String ImportServersHandler_passwords;
    public static String ImportServersHandler_reportTitle;
    public static String ImportServersHandler_skipped;
    public static String ImportServersHandler_title;
    public static String MasterPasswordDialog_chooseMessage;
    public static String MasterPasswordDialog_chooseTitle;
    public static String MasterPasswordDialog_confirmation;
    public static String MasterPasswordDialog_enterMessage;
    public static String MasterPasswordDialog_enterTitle;
    public static String MasterPasswordDialog_mismatch;
    public static String MasterPasswordDialog_password;
    public static String MasterPasswordDialog_passwordMissing;
    public static String MasterPasswordDialog_title;
    public static String NewFolderHandler_failed;
    public static String NewFolderHandler_prompt;
    public static String NewFolderHandler_title;
    public static String NewFolderHandler_topLevel;
    public static String RemoveServersHandler_failed;
    public static String RemoveServersHandler_questionMany;
    public static String RemoveServersHandler_questionOne;
    public static String RemoveServersHandler_remove;
    public static String RemoveServersHandler_title;
    public static String RenameFolderHandler_failed;
    public static String RenameFolderHandler_prompt;
    public static String RenameFolderHandler_title;
    public static String ServerConnect_failed;
    public static String ServerConnect_passwordNotStored;
    public static String ServerConnect_pinFailed;
    public static String ServerConnect_storingPassword;
    public static String ServerDialog_addTitle;
    public static String ServerDialog_addressTaken;
    public static String ServerDialog_editTitle;
    public static String ServerDialog_folder;
    public static String ServerDialog_host;
    public static String ServerDialog_hostMissing;
    public static String ServerDialog_name;
    public static String ServerDialog_password;
    public static String ServerDialog_passwordKept;
    public static String ServerDialog_passwordMissing;
    public static String ServerDialog_port;
    public static String ServerDialog_portInvalid;
    public static String ServerDialog_tls;
    public static String ServerDialog_topLevel;
    public static String ServerDialog_user;
    public static String ServerDialog_userMissing;
    public static String ServerLabels_roleAdministrator;
    public static String ServerLabels_roleOperator;
    public static String ServerLabels_roleRoot;
    public static String ServerLabels_stateCertificateChanged;
    public static String ServerLabels_stateCertificateUnconfirmed;
    public static String ServerLabels_stateConnected;
    public static String ServerLabels_stateConnecting;
    public static String ServerLabels_stateDisconnected;
    public static String ServerLabels_stateUnreachable;
    public static String ServerLabels_userWithRole;
    public static String ServerMessages_logged;
    public static String ServerTreeDropAdapter_moveFailed;
    public static String ServersPart_columnAddress;
    public static String ServersPart_columnName;
    public static String ServersPart_columnSignedInAs;
    public static String ServersPart_columnState;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
