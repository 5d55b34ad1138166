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

    /** The filter box above the agent tree: host name, IP, OS, status, on every server. */
    public static final String AGENTS_FILTER_TEXT = "agents.filter"; //$NON-NLS-1$

    /** The check box of the Agents part that shows update agents only. */
    public static final String AGENTS_UPDATE_AGENTS_ONLY = "agents.updateAgentsOnly"; //$NON-NLS-1$

    /** The message line of the Agents part: a filter it cannot read, a drop it refuses, a move that failed. */
    public static final String AGENTS_MESSAGE = "agents.message"; //$NON-NLS-1$

    // Settings editors

    // Details part and domains

    // Components, accounts, audit, backups, dashboard

    private WidgetIds() {
    }
}
