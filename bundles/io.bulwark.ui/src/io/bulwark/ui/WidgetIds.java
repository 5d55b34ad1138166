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

    // Components, accounts, audit, backups, dashboard

    private WidgetIds() {
    }
}
