package io.bulwark.ui.internal.backups;

import org.eclipse.osgi.util.NLS;

/** Texts of the Backups part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.backups.messages"; //$NON-NLS-1$

    public static String BackupsPart_columnCreated;
    public static String BackupsPart_columnId;
    public static String BackupsPart_columnRows;
    public static String BackupsPart_columnSize;
    public static String BackupsPart_create;
    public static String BackupsPart_createAction;
    public static String BackupsPart_created;
    public static String BackupsPart_kibibytes;
    public static String BackupsPart_listAction;
    public static String BackupsPart_listed;
    public static String BackupsPart_noServer;
    public static String BackupsPart_refresh;
    public static String BackupsPart_restore;
    public static String BackupsPart_restoreAction;
    public static String BackupsPart_restoreDeclined;
    public static String BackupsPart_restored;
    public static String BackupsPart_working;
    public static String RestoreBackupDialog_message;
    public static String RestoreBackupDialog_restore;
    public static String RestoreBackupDialog_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
