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

    /** The server drop-down of the Components part. */
    public static final String COMPONENTS_SERVER = "components.server"; //$NON-NLS-1$

    /** The Refresh button of the Components part. */
    public static final String COMPONENTS_REFRESH = "components.refresh"; //$NON-NLS-1$

    /** The "Update Server Now" button of the Components part. */
    public static final String COMPONENTS_UPDATE_SERVER = "components.updateServer"; //$NON-NLS-1$

    /** The "Notify Agents" button of the Components part. */
    public static final String COMPONENTS_NOTIFY_AGENTS = "components.notifyAgents"; //$NON-NLS-1$

    /** The "Cancel Notifications" button of the Components part. */
    public static final String COMPONENTS_CANCEL_NOTIFICATIONS = "components.cancelNotifications"; //$NON-NLS-1$

    /** The table of the server's components and their versions. */
    public static final String COMPONENTS_TABLE = "components.table"; //$NON-NLS-1$

    /** How many agents are out of date, in words. */
    public static final String COMPONENTS_OUTDATED_SUMMARY = "components.outdatedSummary"; //$NON-NLS-1$

    /** The table of the agents out of date. */
    public static final String COMPONENTS_OUTDATED_TABLE = "components.outdatedTable"; //$NON-NLS-1$

    /** How many notifications are queued, and the last server update, in words. */
    public static final String COMPONENTS_QUEUE_SUMMARY = "components.queueSummary"; //$NON-NLS-1$

    /** The table of the notification queue. */
    public static final String COMPONENTS_NOTIFICATIONS = "components.notifications"; //$NON-NLS-1$

    /** The outcome of the Components part's last command. */
    public static final String COMPONENTS_MESSAGE = "components.message"; //$NON-NLS-1$

    /** The table of the account the console signed in with on each connected server. */
    public static final String ACCOUNTS_SIGNED_IN = "accounts.signedIn"; //$NON-NLS-1$

    /** The server drop-down of the Accounts part. */
    public static final String ACCOUNTS_SERVER = "accounts.server"; //$NON-NLS-1$

    /** The table of the chosen server's accounts. */
    public static final String ACCOUNTS_TABLE = "accounts.table"; //$NON-NLS-1$

    /** The "New Account" button of the Accounts part. */
    public static final String ACCOUNTS_NEW = "accounts.new"; //$NON-NLS-1$

    /** The user name field of the new-account dialog. */
    public static final String ACCOUNTS_NEW_USER = "accounts.new.user"; //$NON-NLS-1$

    /** The role drop-down of the new-account dialog. */
    public static final String ACCOUNTS_NEW_ROLE = "accounts.new.role"; //$NON-NLS-1$

    /** The password field of the new-account dialog. */
    public static final String ACCOUNTS_NEW_PASSWORD = "accounts.new.password"; //$NON-NLS-1$

    /** The password confirmation field of the new-account dialog. */
    public static final String ACCOUNTS_NEW_CONFIRMATION = "accounts.new.confirmation"; //$NON-NLS-1$

    /** The OK button of the new-account dialog. */
    public static final String ACCOUNTS_NEW_OK = "accounts.new.ok"; //$NON-NLS-1$

    /** The outcome of the Accounts part's last command. */
    public static final String ACCOUNTS_MESSAGE = "accounts.message"; //$NON-NLS-1$

    /** The server drop-down of the Audit Log part. */
    public static final String AUDIT_SERVER = "audit.server"; //$NON-NLS-1$

    /** The user filter of the Audit Log part. */
    public static final String AUDIT_USER = "audit.user"; //$NON-NLS-1$

    /** The action filter of the Audit Log part. */
    public static final String AUDIT_ACTION = "audit.action"; //$NON-NLS-1$

    /** The target text filter of the Audit Log part. */
    public static final String AUDIT_TARGET = "audit.target"; //$NON-NLS-1$

    /** The time range of the Audit Log part. */
    public static final String AUDIT_PERIOD = "audit.period"; //$NON-NLS-1$

    /** The Search button of the Audit Log part. */
    public static final String AUDIT_SEARCH = "audit.search"; //$NON-NLS-1$

    /** The button that reads the next page of the audit log. */
    public static final String AUDIT_MORE = "audit.more"; //$NON-NLS-1$

    /** The table of audit log entries. */
    public static final String AUDIT_TABLE = "audit.table"; //$NON-NLS-1$

    /** The outcome of the Audit Log part's last search. */
    public static final String AUDIT_MESSAGE = "audit.message"; //$NON-NLS-1$

    /** The server drop-down of the Backups part. */
    public static final String BACKUPS_SERVER = "backups.server"; //$NON-NLS-1$

    /** The "Create Backup" button. */
    public static final String BACKUPS_CREATE = "backups.create"; //$NON-NLS-1$

    /** The "Restore" button. */
    public static final String BACKUPS_RESTORE = "backups.restore"; //$NON-NLS-1$

    /** The Refresh button of the Backups part. */
    public static final String BACKUPS_REFRESH = "backups.refresh"; //$NON-NLS-1$

    /** The table of the chosen server's backups. */
    public static final String BACKUPS_TABLE = "backups.table"; //$NON-NLS-1$

    /** The button of the restore confirmation that restores. */
    public static final String BACKUPS_RESTORE_CONFIRM = "backups.restoreConfirm"; //$NON-NLS-1$

    /** The button of the restore confirmation that restores nothing. */
    public static final String BACKUPS_RESTORE_CANCEL = "backups.restoreCancel"; //$NON-NLS-1$

    /** The outcome of the Backups part's last command. */
    public static final String BACKUPS_MESSAGE = "backups.message"; //$NON-NLS-1$

    /** The chart of agents by status, per server and in total. */
    public static final String DASHBOARD_STATUS_CHART = "dashboard.statusChart"; //$NON-NLS-1$

    /** The chart of agents by agent version, per server and in total. */
    public static final String DASHBOARD_VERSION_CHART = "dashboard.versionChart"; //$NON-NLS-1$

    /** The chart of agents by component freshness, per server and in total. */
    public static final String DASHBOARD_FRESHNESS_CHART = "dashboard.freshnessChart"; //$NON-NLS-1$

    private WidgetIds() {
    }
}
