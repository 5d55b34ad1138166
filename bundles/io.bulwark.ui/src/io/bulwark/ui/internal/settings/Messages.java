package io.bulwark.ui.internal.settings;

import org.eclipse.osgi.util.NLS;

/** Texts of the settings editors. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.settings.messages"; //$NON-NLS-1$

    public static String ConflictDialog_keepTheirs;
    public static String ConflictDialog_message;
    public static String ConflictDialog_mine;
    public static String ConflictDialog_overwrite;
    public static String ConflictDialog_reapplyMine;
    public static String ConflictDialog_setting;
    public static String ConflictDialog_theirs;
    public static String ConflictDialog_title;
    public static String EditorControls_errors;
    public static String EditorControls_group;
    public static String EditorControls_setHere;
    public static String EditorControls_source;
    public static String EditorControls_sourceWithErrors;
    public static String FeatureForm_add;
    public static String FeatureForm_remove;
    public static String GroupPage_inheritedFrom;
    public static String GroupPage_notSetAnywhere;
    public static String GroupPage_leftToTargets;
    public static String GroupPage_override;
    public static String GroupPage_overrideTooltip;
    public static String GroupPage_revert;
    public static String GroupPage_revertTooltip;
    public static String GroupPage_setAtRoot;
    public static String GroupPage_setHere;
    public static String ListField_add;
    public static String ListField_down;
    public static String ListField_remove;
    public static String ListField_up;
    public static String PolicySaver_failed;
    public static String PolicySaver_failedTitle;
    public static String PolicySaver_forbidden;
    public static String PolicySaver_invalid;
    public static String PolicySaver_job;
    public static String PolicySaver_refused;
    public static String PolicySaver_refusedTitle;
    public static String PolicySaver_unreachable;
    public static String SettingsEditor_loadFailed;
    public static String SettingsEditor_loadJob;
    public static String SettingsEditor_loading;
    public static String SettingsEditor_notConnected;
    public static String SettingsEditor_loadingOffline;
    public static String SettingsEditor_offlineLoadFailed;
    public static String SettingsEditor_offlineUnknown;
    public static String OfflineSettingsEditors_tooltip;
    public static String OfflineSettingsEditors_templateTitle;
    public static String OfflineSettingsEditors_templateTooltip;
    public static String SettingsEditor_templateScope;
    public static String WorkspaceCopies_server;
    public static String WorkspaceSaver_failed;
    public static String WorkspaceSaver_job;
    public static String SettingsLabels_inherited;
    public static String SettingsLabels_newPassword;
    public static String SettingsLabels_no;
    public static String SettingsLabels_none;
    public static String SettingsLabels_notSet;
    public static String SettingsLabels_setHere;
    public static String SettingsLabels_unlabelled;
    public static String SettingsLabels_yes;
    public static String SettingsScopes_agent;
    public static String SettingsScopes_domain;
    public static String SettingsScopes_readOnlyAdministratorRoot;
    public static String SettingsScopes_readOnlyNoServer;
    public static String SettingsScopes_readOnlyOperator;
    public static String SettingsScopes_readOnlyUnknownRole;
    public static String SettingsScopes_root;
    public static String SettingsScopes_title;
    public static String TextFields_notANumber;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
