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

    // Servers part and its dialogs

    // Agent tree

    // Settings editors

    // Details part and domains

    // Components, accounts, audit, backups, dashboard

    private WidgetIds() {
    }
}
