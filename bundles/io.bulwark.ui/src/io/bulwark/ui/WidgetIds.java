package io.bulwark.ui;

/**
 * Names by which tests and accessibility tools find the console's widgets: each is stored under {@link #KEY} with
 * {@code widget.setData(KEY, id)}. They are API: a UI test written against one keeps working when labels, layout or
 * translations change.
 */
public final class WidgetIds {

    /** The data key under which every named widget carries its id. */
    public static final String KEY = "bulwark.id"; //$NON-NLS-1$

    /** The table of the Servers part. */
    public static final String SERVERS_TABLE = "servers.table"; //$NON-NLS-1$

    /** The tree of the Agents part: servers, then domains and agents. */
    public static final String AGENTS_TREE = "agents.tree"; //$NON-NLS-1$

    /** The master password field of the master-password dialog. */
    public static final String MASTER_PASSWORD_TEXT = "masterPassword.password"; //$NON-NLS-1$

    /** The confirmation field of the master-password dialog, shown when a new master password is chosen. */
    public static final String MASTER_PASSWORD_CONFIRMATION_TEXT = "masterPassword.confirmation"; //$NON-NLS-1$

    /** The status line's text naming the operation started last and its step. */
    public static final String PROGRESS_STATUS_TEXT = "progress.status.text"; //$NON-NLS-1$

    /** The status line's button that stops the operation it shows. */
    public static final String PROGRESS_STATUS_CANCEL = "progress.status.cancel"; //$NON-NLS-1$

    /** The status line's link to the Progress part. */
    public static final String PROGRESS_STATUS_ALL = "progress.status.all"; //$NON-NLS-1$

    /** The list of running operations in the Progress part. */
    public static final String PROGRESS_LIST = "progress.list"; //$NON-NLS-1$

    /** One running operation in the Progress part. */
    public static final String PROGRESS_ROW = "progress.row"; //$NON-NLS-1$

    /** The button of a Progress part row that stops its operation. */
    public static final String PROGRESS_ROW_CANCEL = "progress.row.cancel"; //$NON-NLS-1$

    // Servers part and its dialogs

    // Agent tree

    // Settings editors

    // Details part and domains

    // Components, accounts, audit, backups, dashboard

    private WidgetIds() {
    }
}
