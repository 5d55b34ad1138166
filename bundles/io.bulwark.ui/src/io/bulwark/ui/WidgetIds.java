package io.bulwark.ui;

/**
 * Names by which tests and accessibility tools find the console's widgets: each is stored under {@link #KEY} with
 * {@code widget.setData(KEY, id)}. They are API: a UI test written against one keeps working when labels, layout or
 * translations change.
 */
public final class WidgetIds {

    /** The data key under which every named widget carries its id. */
    public static final String KEY = "bulwark.id"; //$NON-NLS-1$

    /** The tree of the Servers part: folders and servers, with address, state and who the console is on each. */
    public static final String SERVERS_TREE = "servers.tree"; //$NON-NLS-1$

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

    /** The window of the dialog that adds or edits a server. */
    public static final String SERVER_DIALOG = "serverDialog"; //$NON-NLS-1$

    /** The name field of the server dialog. */
    public static final String SERVER_NAME_TEXT = "serverDialog.name"; //$NON-NLS-1$

    /** The host field of the server dialog. */
    public static final String SERVER_HOST_TEXT = "serverDialog.host"; //$NON-NLS-1$

    /** The port field of the server dialog. */
    public static final String SERVER_PORT_TEXT = "serverDialog.port"; //$NON-NLS-1$

    /** The user field of the server dialog. */
    public static final String SERVER_USER_TEXT = "serverDialog.user"; //$NON-NLS-1$

    /** The password field of the server dialog. */
    public static final String SERVER_PASSWORD_TEXT = "serverDialog.password"; //$NON-NLS-1$

    /** The HTTPS check box of the server dialog. */
    public static final String SERVER_TLS_CHECK = "serverDialog.tls"; //$NON-NLS-1$

    /** The folder choice of the server dialog. */
    public static final String SERVER_FOLDER_COMBO = "serverDialog.folder"; //$NON-NLS-1$

    /** The line of the server dialog that says what is wrong with the entry. */
    public static final String SERVER_DIALOG_ERROR = "serverDialog.error"; //$NON-NLS-1$

    /** The OK button of the server dialog. */
    public static final String SERVER_DIALOG_OK = "serverDialog.ok"; //$NON-NLS-1$

    /** The window of the dialog asking to confirm a server's certificate. */
    public static final String CERTIFICATE_DIALOG = "certificateDialog"; //$NON-NLS-1$

    /** The fingerprint the server presented, in the certificate dialog. */
    public static final String CERTIFICATE_PRESENTED_TEXT = "certificateDialog.presented"; //$NON-NLS-1$

    /** The fingerprint pinned before, in the certificate dialog shown for a changed certificate. */
    public static final String CERTIFICATE_PINNED_TEXT = "certificateDialog.pinned"; //$NON-NLS-1$

    /** The button that trusts the presented certificate ("Trust and connect", "Replace the pinned certificate"). */
    public static final String CERTIFICATE_ACCEPT_BUTTON = "certificateDialog.accept"; //$NON-NLS-1$

    /** The button that leaves the certificate untrusted. */
    public static final String CERTIFICATE_REFUSE_BUTTON = "certificateDialog.refuse"; //$NON-NLS-1$

    /** The window asking to confirm the removal of servers or folders. */
    public static final String SERVERS_CONFIRM_DIALOG = "serversConfirmDialog"; //$NON-NLS-1$

    /** The window naming a folder (new folder, rename). */
    public static final String FOLDER_NAME_DIALOG = "folderNameDialog"; //$NON-NLS-1$

    /** The window reporting what went wrong with a server operation, or what an import did. */
    public static final String SERVERS_MESSAGE_DIALOG = "serversMessageDialog"; //$NON-NLS-1$

    // Agent tree

    /** The filter box above the agent tree: host name, IP, OS, status, on every server. */
    public static final String AGENTS_FILTER_TEXT = "agents.filter"; //$NON-NLS-1$

    /** The check box of the Agents part that shows update agents only. */
    public static final String AGENTS_UPDATE_AGENTS_ONLY = "agents.updateAgentsOnly"; //$NON-NLS-1$

    /** The message line of the Agents part: a filter it cannot read, a drop it refuses, a move that failed. */
    public static final String AGENTS_MESSAGE = "agents.message"; //$NON-NLS-1$

    // Settings editors

    /** A settings editor's line naming the scope and server it edits. */
    public static final String SETTINGS_SCOPE = "settings.scope"; //$NON-NLS-1$

    /** A settings editor's note saying why it is read-only; shown only when it is. */
    public static final String SETTINGS_READ_ONLY_NOTE = "settings.readOnlyNote"; //$NON-NLS-1$

    /** A settings editor's status line: reading, a failure, or how many errors stand in the way of saving. */
    public static final String SETTINGS_STATUS = "settings.status"; //$NON-NLS-1$

    /** A settings editor's table of groups, with where each comes from. */
    public static final String SETTINGS_GROUPS = "settings.groups"; //$NON-NLS-1$

    /** On a group's page: where the group's value comes from ("Set here", "Inherited from: Root"). */
    public static final String SETTINGS_GROUP_SOURCE = "settings.groupSource"; //$NON-NLS-1$

    /** On a group's page: the button that overrides an inherited group. */
    public static final String SETTINGS_OVERRIDE = "settings.override"; //$NON-NLS-1$

    /** On a group's page: the button that reverts a group to inherited. */
    public static final String SETTINGS_REVERT = "settings.revert"; //$NON-NLS-1$

    /** On a group's page: problems of the group that belong to no single field. */
    public static final String SETTINGS_GROUP_PROBLEMS = "settings.groupProblems"; //$NON-NLS-1$

    /**
     * Prefix of a field's control, followed by the field's path from the group's value, e.g. {@code method} or
     * {@code targets.compressedLayers}; a radio button or check box of one choice adds {@code .} and the choice's
     * literal, e.g. {@code method.standard}.
     */
    public static final String SETTINGS_FIELD_PREFIX = "settings.field."; //$NON-NLS-1$

    /** Prefix of the message beside a field, followed by the field's path. */
    public static final String SETTINGS_MESSAGE_PREFIX = "settings.message."; //$NON-NLS-1$

    /** Prefix of the button that adds an optional section or a list entry, followed by its path. */
    public static final String SETTINGS_ADD_PREFIX = "settings.add."; //$NON-NLS-1$

    /** Prefix of the button that removes an optional section or a list entry, followed by its path. */
    public static final String SETTINGS_REMOVE_PREFIX = "settings.remove."; //$NON-NLS-1$

    /** The conflict dialog's table of the fields in which theirs and mine differ. */
    public static final String SETTINGS_CONFLICT_TABLE = "settings.conflict.table"; //$NON-NLS-1$

    /** The conflict dialog's button that keeps the server's version. */
    public static final String SETTINGS_CONFLICT_KEEP_THEIRS = "settings.conflict.keepTheirs"; //$NON-NLS-1$

    /** The conflict dialog's button that keeps theirs and reapplies my changes. */
    public static final String SETTINGS_CONFLICT_REAPPLY_MINE = "settings.conflict.reapplyMine"; //$NON-NLS-1$

    /** The conflict dialog's button that overwrites theirs with mine. */
    public static final String SETTINGS_CONFLICT_OVERWRITE = "settings.conflict.overwrite"; //$NON-NLS-1$

    // Details part and domains

    /** The heading of the Details part: what is shown. */
    public static final String DETAILS_TITLE = "details.title"; //$NON-NLS-1$

    /** The tree of the Details part: facts, inventory, components and settings in effect with their source. */
    public static final String DETAILS_TREE = "details.tree"; //$NON-NLS-1$

    /** The name field of the new-domain and rename-domain dialogs. */
    public static final String DOMAIN_NAME_TEXT = "domainName.name"; //$NON-NLS-1$

    /** The table of a server's grouping rules. */
    public static final String GROUPING_RULES_TABLE = "groupingRules.table"; //$NON-NLS-1$

    /** The button that adds a grouping rule. */
    public static final String GROUPING_RULES_ADD = "groupingRules.add"; //$NON-NLS-1$

    /** The button that edits the selected grouping rule. */
    public static final String GROUPING_RULES_EDIT = "groupingRules.edit"; //$NON-NLS-1$

    /** The button that removes the selected grouping rule. */
    public static final String GROUPING_RULES_REMOVE = "groupingRules.remove"; //$NON-NLS-1$

    /** The IP range field of the grouping-rule dialog. */
    public static final String GROUPING_RULE_RANGE_TEXT = "groupingRule.range"; //$NON-NLS-1$

    /** The domain choice of the grouping-rule dialog. */
    public static final String GROUPING_RULE_DOMAIN_COMBO = "groupingRule.domain"; //$NON-NLS-1$

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

    // Moving agents between servers: the Move to Server wizard and the Moves part

    /** The window of the Move to Server wizard. */
    public static final String MOVE_WIZARD = "moveWizard"; //$NON-NLS-1$

    /** The wizard's Next button. */
    public static final String MOVE_WIZARD_NEXT = "moveWizard.next"; //$NON-NLS-1$

    /** The wizard's Back button. */
    public static final String MOVE_WIZARD_BACK = "moveWizard.back"; //$NON-NLS-1$

    /** The wizard's Finish button, which starts the move. */
    public static final String MOVE_WIZARD_FINISH = "moveWizard.finish"; //$NON-NLS-1$

    /** The wizard's Cancel button. */
    public static final String MOVE_WIZARD_CANCEL = "moveWizard.cancel"; //$NON-NLS-1$

    /** The line naming the source server the agents leave. */
    public static final String MOVE_SOURCE = "moveWizard.source"; //$NON-NLS-1$

    /** The choice of the agents selected in the tree (or dragged). */
    public static final String MOVE_AGENTS_SELECTION = "moveWizard.agents.selection"; //$NON-NLS-1$

    /** The choice of the agents the applied filter shows on the source. */
    public static final String MOVE_AGENTS_FILTER = "moveWizard.agents.filter"; //$NON-NLS-1$

    /** The choice of the agents named in a list file. */
    public static final String MOVE_AGENTS_LIST = "moveWizard.agents.list"; //$NON-NLS-1$

    /** The list file's path. */
    public static final String MOVE_LIST_FILE = "moveWizard.list.file"; //$NON-NLS-1$

    /** The button that chooses the list file. */
    public static final String MOVE_LIST_CHOOSE = "moveWizard.list.choose"; //$NON-NLS-1$

    /** The lines of the list file that name no single agent. */
    public static final String MOVE_LIST_PROBLEMS = "moveWizard.list.problems"; //$NON-NLS-1$

    /** The target server drop-down. */
    public static final String MOVE_TARGET_SERVER = "moveWizard.target.server"; //$NON-NLS-1$

    /** The target domain drop-down. */
    public static final String MOVE_TARGET_DOMAIN = "moveWizard.target.domain"; //$NON-NLS-1$

    /** The choice to wait for offline and roaming agents until the deadline. */
    public static final String MOVE_OFFLINE_WAIT = "moveWizard.offline.wait"; //$NON-NLS-1$

    /** The choice to skip offline and roaming agents. */
    public static final String MOVE_OFFLINE_SKIP = "moveWizard.offline.skip"; //$NON-NLS-1$

    /** The deadline in days. */
    public static final String MOVE_DEADLINE = "moveWizard.deadline"; //$NON-NLS-1$

    /** The check box that cancels the source's notifications queued for the agents. */
    public static final String MOVE_CANCEL_NOTIFICATIONS = "moveWizard.cancelNotifications"; //$NON-NLS-1$

    /** The check box that replicates the source's domain structure on the target first. */
    public static final String MOVE_REPLICATE = "moveWizard.replicate"; //$NON-NLS-1$

    /** The choice to copy the scan method only when replicating. */
    public static final String MOVE_REPLICATE_SCAN_METHOD = "moveWizard.replicate.scanMethod"; //$NON-NLS-1$

    /** The choice to copy every setting when replicating. */
    public static final String MOVE_REPLICATE_ALL = "moveWizard.replicate.all"; //$NON-NLS-1$

    /** The first page's line of progress while it reads a list file. */
    public static final String MOVE_CHOOSE_PROGRESS = "moveWizard.choose.progress"; //$NON-NLS-1$

    /** The first page's button that stops reading a list file. */
    public static final String MOVE_CHOOSE_STOP = "moveWizard.choose.stop"; //$NON-NLS-1$

    /** The plan page's line of planning progress. */
    public static final String MOVE_PLAN_PROGRESS = "moveWizard.plan.progress"; //$NON-NLS-1$

    /** The plan page's button that stops planning, or plans again. */
    public static final String MOVE_PLAN_STOP = "moveWizard.plan.stop"; //$NON-NLS-1$

    /** The plan's servers, agents and counts. */
    public static final String MOVE_PLAN_SUMMARY = "moveWizard.plan.summary"; //$NON-NLS-1$

    /** Whether the target is ready: reachable, the domain found, the ticket obtained. */
    public static final String MOVE_PLAN_READINESS = "moveWizard.plan.readiness"; //$NON-NLS-1$

    /** The table of the planned agents, pinned by id, with what happens to each. */
    public static final String MOVE_PLAN_AGENTS = "moveWizard.plan.agents"; //$NON-NLS-1$

    /** The plan's target load, settings that differ, structure to replicate, deadline and estimate. */
    public static final String MOVE_PLAN_DETAILS = "moveWizard.plan.details"; //$NON-NLS-1$

    /** The button that saves the plan as a file. */
    public static final String MOVE_PLAN_SAVE = "moveWizard.plan.save"; //$NON-NLS-1$

    /** The table of the move jobs in the Moves part. */
    public static final String MOVES_JOBS = "moves.jobs"; //$NON-NLS-1$

    /** The table of the selected job's agents in the Moves part. */
    public static final String MOVES_ITEMS = "moves.items"; //$NON-NLS-1$

    /** The Moves part's button that cancels the selected move. */
    public static final String MOVES_CANCEL = "moves.cancel"; //$NON-NLS-1$

    /** The Moves part's button that follows a stopped move again. */
    public static final String MOVES_RESUME = "moves.resume"; //$NON-NLS-1$

    /** The Moves part's button that reads the move journal again. */
    public static final String MOVES_REFRESH = "moves.refresh"; //$NON-NLS-1$

    /** The outcome of the Moves part's last command. */
    public static final String MOVES_MESSAGE = "moves.message"; //$NON-NLS-1$

    /** The Move to Server wizard's check box that moves the agents in waves. */
    public static final String MOVE_WAVES = "moveWizard.waves"; //$NON-NLS-1$

    /** The pilot's size: a number of agents, a percentage, or none. */
    public static final String MOVE_WAVES_PILOT = "moveWizard.waves.pilot"; //$NON-NLS-1$

    /** The most agents one wave holds. */
    public static final String MOVE_WAVES_SIZE = "moveWizard.waves.size"; //$NON-NLS-1$

    /** The choice of waves not grouped. */
    public static final String MOVE_WAVES_BY_NONE = "moveWizard.waves.byNone"; //$NON-NLS-1$

    /** The choice of waves grouped by the agents' domain. */
    public static final String MOVE_WAVES_BY_DOMAIN = "moveWizard.waves.byDomain"; //$NON-NLS-1$

    /** The choice of waves grouped by the agents' subnet. */
    public static final String MOVE_WAVES_BY_SUBNET = "moveWizard.waves.bySubnet"; //$NON-NLS-1$

    /** The choice of waves grouped by named site. */
    public static final String MOVE_WAVES_BY_SITE = "moveWizard.waves.bySite"; //$NON-NLS-1$

    /** The named sites, one {@code name = ranges} a line. */
    public static final String MOVE_WAVES_SITES = "moveWizard.waves.sites"; //$NON-NLS-1$

    /** What is wrong with the waves as typed. */
    public static final String MOVE_WAVES_PROBLEM = "moveWizard.waves.problem"; //$NON-NLS-1$

    /** The progress line of planning the waves. */
    public static final String MOVE_CAMPAIGN_PROGRESS = "moveWizard.campaign.progress"; //$NON-NLS-1$

    /** The button that stops planning the waves, or plans them again. */
    public static final String MOVE_CAMPAIGN_STOP = "moveWizard.campaign.stop"; //$NON-NLS-1$

    /** The planned campaign in one sentence. */
    public static final String MOVE_CAMPAIGN_SUMMARY = "moveWizard.campaign.summary"; //$NON-NLS-1$

    /** The table of the planned pilot and waves. */
    public static final String MOVE_CAMPAIGN_WAVES = "moveWizard.campaign.waves"; //$NON-NLS-1$

    /** The Moves part's tabs: the move jobs first, then the migration campaigns. */
    public static final String MOVES_TABS = "moves.tabs"; //$NON-NLS-1$

    /** The tree of the migration campaigns and their waves in the Moves part. */
    public static final String MOVES_CAMPAIGNS = "moves.campaigns"; //$NON-NLS-1$

    /** The Moves part's button that confirms the selected finished wave. */
    public static final String MOVES_CONFIRM_WAVE = "moves.confirmWave"; //$NON-NLS-1$

    /** The Moves part's button that starts the selected campaign's next wave. */
    public static final String MOVES_START_NEXT_WAVE = "moves.startNextWave"; //$NON-NLS-1$

    /** The Moves part's button that moves the selected wave's agents back. */
    public static final String MOVES_MOVE_BACK = "moves.moveBack"; //$NON-NLS-1$

    private WidgetIds() {
    }
}
