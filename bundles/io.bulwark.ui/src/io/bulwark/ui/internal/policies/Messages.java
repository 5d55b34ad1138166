package io.bulwark.ui.internal.policies;

import org.eclipse.osgi.util.NLS;

/** Texts of offline policy editing: taking scopes offline, the Policy Workspace, templates, comparing and applying. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.policies.messages"; //$NON-NLS-1$

    public static String ApplyJob_cancelled;
    public static String ApplyJob_doneTitle;
    public static String ApplyJob_failedTitle;
    public static String ApplyJob_name;
    public static String ApplyJob_notWritten;
    public static String ApplyJob_report;
    public static String ApplyJob_stopped;
    public static String ApplyJob_unchanged;
    public static String ApplyJob_written;
    public static String ApplySession_copies;
    public static String ApplySession_target;
    public static String ApplySession_template;
    public static String ApplyTemplateHandler_noServer;
    public static String CompareHandler_failed;
    public static String CompareHandler_failedTitle;
    public static String CompareHandler_job;
    public static String CompareHandler_onlyInWorkspace;
    public static String CompareHandler_onlyOnServer;
    public static String ComparisonDialog_added;
    public static String ComparisonDialog_change;
    public static String ComparisonDialog_changed;
    public static String ComparisonDialog_removed;
    public static String ComparisonDialog_same;
    public static String ComparisonDialog_scope;
    public static String ComparisonDialog_server;
    public static String ComparisonDialog_setting;
    public static String ComparisonDialog_summary;
    public static String ComparisonDialog_title;
    public static String ComparisonDialog_workspace;
    public static String Dialogs_notConnected;
    public static String MergeDialog_action;
    public static String MergeDialog_apply;
    public static String MergeDialog_base;
    public static String MergeDialog_baseChoice;
    public static String MergeDialog_choice;
    public static String MergeDialog_chooseFor;
    public static String MergeDialog_conflict;
    public static String MergeDialog_firstApply;
    public static String MergeDialog_keep;
    public static String MergeDialog_nothing;
    public static String MergeDialog_problems;
    public static String MergeDialog_scope;
    public static String MergeDialog_setting;
    public static String MergeDialog_summary;
    public static String MergeDialog_theirs;
    public static String MergeDialog_theirsChoice;
    public static String MergeDialog_title;
    public static String MergeDialog_unresolved;
    public static String MergeDialog_useBase;
    public static String MergeDialog_useTheirs;
    public static String MergeDialog_useYours;
    public static String MergeDialog_write;
    public static String MergeDialog_yours;
    public static String MergeDialog_yoursChoice;
    public static String NewTemplateDialog_create;
    public static String NewTemplateDialog_empty;
    public static String NewTemplateDialog_fromCopy;
    public static String NewTemplateDialog_groups;
    public static String NewTemplateDialog_name;
    public static String NewTemplateDialog_nameControl;
    public static String NewTemplateDialog_nameMissing;
    public static String NewTemplateDialog_nameTaken;
    public static String NewTemplateDialog_noGroups;
    public static String NewTemplateDialog_title;
    public static String NewTemplateDialog_willBeEmpty;
    public static String NewTemplateDialog_willHold;
    public static String PolicyWorkspacePart_changed;
    public static String PolicyWorkspacePart_empty;
    public static String PolicyWorkspacePart_folder;
    public static String PolicyWorkspacePart_readJob;
    public static String PolicyWorkspacePart_server;
    public static String PolicyWorkspacePart_template;
    public static String PolicyWorkspacePart_templateApplied;
    public static String PolicyWorkspacePart_unreadable;
    public static String PreviewJob_failed;
    public static String PreviewJob_name;
    public static String TakeOfflineJob_failed;
    public static String TakeOfflineJob_failedTitle;
    public static String TakeOfflineJob_localChanges;
    public static String TakeOfflineJob_localChangesTitle;
    public static String TakeOfflineJob_name;
    public static String TemplateCreation_failed;
    public static String TemplateCreation_failedTitle;
    public static String TemplateCreation_readJob;
    public static String TemplateCreation_saveJob;
    public static String TemplateCreation_source;
    public static String TemplateTargetsDialog_intro;
    public static String TemplateTargetsDialog_preview;
    public static String TemplateTargetsDialog_summary;
    public static String TemplateTargetsDialog_title;
    public static String TemplateTargetsDialog_unlisted;
    public static String WorkspaceContents_agent;
    public static String WorkspaceContents_domain;
    public static String WorkspaceContents_root;
    public static String WorkspaceFolderDialog_configured;
    public static String WorkspaceFolderDialog_created;
    public static String WorkspaceFolderDialog_default;
    public static String WorkspaceFolderDialog_folder;
    public static String WorkspaceFolderDialog_intro;
    public static String WorkspaceFolderDialog_notAbsolute;
    public static String WorkspaceFolderDialog_notFolder;
    public static String WorkspaceFolderDialog_notKept;
    public static String WorkspaceFolderDialog_title;
    public static String WorkspaceFolderDialog_use;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
