package io.bulwark.ui;

/**
 * Names of the widgets of offline policy editing: the Policy Workspace part, the comparison dialog, the merge dialog
 * and the template dialogs. Stored under {@link WidgetIds#KEY} like every other id, and API in the same way.
 */
public final class PolicyWidgetIds {

    /** The tree of the Policy Workspace part: servers with their scopes' copies, and templates. */
    public static final String POLICIES_TREE = "policies.tree"; //$NON-NLS-1$

    /** The Policy Workspace part's line naming the workspace folder or what is wrong with it. */
    public static final String POLICIES_STATUS = "policies.status"; //$NON-NLS-1$

    /** The table of the comparison dialog: scope, setting, difference, server's and workspace's value. */
    public static final String POLICIES_COMPARISON_TABLE = "policies.comparison.table"; //$NON-NLS-1$

    /** The merge dialog's summary of what applying writes and what conflicts. */
    public static final String POLICIES_MERGE_SUMMARY = "policies.merge.summary"; //$NON-NLS-1$

    /** The merge dialog's table: scope, setting, action, base, theirs, yours, result. */
    public static final String POLICIES_MERGE_TABLE = "policies.merge.table"; //$NON-NLS-1$

    /** The merge dialog's button giving the selected conflicts the base's value. */
    public static final String POLICIES_MERGE_BASE = "policies.merge.base"; //$NON-NLS-1$

    /** The merge dialog's button giving the selected conflicts the server's value. */
    public static final String POLICIES_MERGE_THEIRS = "policies.merge.theirs"; //$NON-NLS-1$

    /** The merge dialog's button giving the selected conflicts the workspace's value. */
    public static final String POLICIES_MERGE_YOURS = "policies.merge.yours"; //$NON-NLS-1$

    /** The merge dialog's Apply button, enabled once every conflict has a side. */
    public static final String POLICIES_MERGE_APPLY = "policies.merge.apply"; //$NON-NLS-1$

    /** The New Template dialog's field for the template's name. */
    public static final String POLICIES_TEMPLATE_NAME = "policies.template.name"; //$NON-NLS-1$

    /** The New Template dialog's list of the copy's groups the template takes, each checked or not. */
    public static final String POLICIES_TEMPLATE_GROUPS = "policies.template.groups"; //$NON-NLS-1$

    /** The New Template dialog's line saying what is wrong with the name, or what the template will hold. */
    public static final String POLICIES_TEMPLATE_MESSAGE = "policies.template.message"; //$NON-NLS-1$

    /** The New Template dialog's Create button. */
    public static final String POLICIES_TEMPLATE_CREATE = "policies.template.create"; //$NON-NLS-1$

    /** The Apply Template dialog's tree: the connected servers, each with its root and domains to choose as targets. */
    public static final String POLICIES_TARGETS_TREE = "policies.targets.tree"; //$NON-NLS-1$

    /** The Apply Template dialog's line counting the targets chosen. */
    public static final String POLICIES_TARGETS_SUMMARY = "policies.targets.summary"; //$NON-NLS-1$

    /** The Apply Template dialog's Preview button, enabled once a target is chosen. */
    public static final String POLICIES_TARGETS_PREVIEW = "policies.targets.preview"; //$NON-NLS-1$

    /** The Policy Workspace Folder dialog's field for the folder. */
    public static final String POLICIES_FOLDER_TEXT = "policies.folder.text"; //$NON-NLS-1$

    /** The Policy Workspace Folder dialog's line saying what is wrong with the folder, or what happens with it. */
    public static final String POLICIES_FOLDER_MESSAGE = "policies.folder.message"; //$NON-NLS-1$

    /** The Policy Workspace Folder dialog's button putting the default folder in the field. */
    public static final String POLICIES_FOLDER_DEFAULT = "policies.folder.default"; //$NON-NLS-1$

    /** The Policy Workspace Folder dialog's Use Folder button. */
    public static final String POLICIES_FOLDER_USE = "policies.folder.use"; //$NON-NLS-1$

    private PolicyWidgetIds() {
    }
}
