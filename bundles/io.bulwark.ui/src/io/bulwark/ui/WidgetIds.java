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

    private WidgetIds() {
    }
}
