package io.bulwark.core.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the core bundle that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.messages"; //$NON-NLS-1$

    public static String LiveServerRegistry_folderNotEmpty;
    public static String LiveServerRegistry_noStateLocation;
    public static String LiveServerRegistry_notRegistered;
    public static String LiveServerRegistry_otherCertificatePinned;
    public static String LiveServerRegistry_passwordNotForgotten;
    public static String LiveServerRegistry_saveFailed;
    public static String LiveServerRegistry_startupEntryRefused;
    public static String LiveServerRegistry_startupPinKept;
    public static String MasterPasswordSource_cancelled;
    public static String MasterPasswordSource_fileEmpty;
    public static String MasterPasswordSource_fileMissing;
    public static String MasterPasswordSource_fileUnreadable;
    public static String MasterPasswordSource_none;
    public static String MasterPasswordSource_originFile;
    public static String MasterPasswordSource_originPrompt;
    public static String RegistryRules_addressTaken;
    public static String RegistryRules_fingerprintInvalid;
    public static String RegistryRules_fingerprintMissing;
    public static String RegistryRules_folderCycle;
    public static String RegistryRules_folderNameMissing;
    public static String RegistryRules_folderNameTaken;
    public static String RegistryRules_hostInvalid;
    public static String RegistryStore_badServerId;
    public static String RegistryStore_corruptBackupUsed;
    public static String RegistryStore_corruptNoBackup;
    public static String RegistryStore_corruptNoGoodCopy;
    public static String RegistryStore_corruptNotMoved;
    public static String RegistryStore_notARegistry;
    public static String SecureServerCredentials_failed;
    public static String SecureServerCredentials_noStateLocation;
    public static String SecureServerCredentials_openFailed;
    public static String SecureServerCredentials_passwordEmpty;
    public static String SecureServerCredentials_writeFailed;
    public static String SecureServerCredentials_wrongMasterPassword;
    public static String ServerListFile_missing;
    public static String ServerListFile_notAList;
    public static String ServerListFile_readFailed;
    public static String ServerListFile_writeFailed;
    public static String ServerListFile_wrongFormat;
    public static String ServerListFile_wrongVersion;
    public static String ServerListImport_duplicateInFile;
    public static String ServerListImport_duplicateRegistered;
    public static String ServerListImport_entryInvalid;
    public static String ServerListImport_folderAtTop;
    public static String ServerListImport_folderInFolder;
    public static String ServerListImport_portMissing;
    public static String ServerListImport_serverAtTop;
    public static String ServerListImport_serverInFolder;
    public static String StartupEntry_optionEmpty;
    public static String StartupEntry_unknownOption;
    public static String StartupPasswordFile_empty;
    public static String StartupPasswordFile_missing;
    public static String StartupPasswordFile_unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
