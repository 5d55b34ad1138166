package io.bulwark.core.internal.policy;

import org.eclipse.osgi.util.NLS;

/** Texts of the policy workspace that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.policy.messages"; //$NON-NLS-1$

    public static String PolicyApply_baseNotRecorded;
    public static String PolicyApply_changedMeanwhile;
    public static String PolicyApply_unresolved;
    public static String PolicyApply_workspaceChanged;
    public static String PolicyFiles_badJson;
    public static String PolicyFiles_badVersion;
    public static String PolicyFiles_blankName;
    public static String PolicyFiles_duplicateTarget;
    public static String PolicyFiles_incompleteBase;
    public static String PolicyFiles_incompleteTarget;
    public static String PolicyFiles_listExpected;
    public static String PolicyFiles_memberNotHere;
    public static String PolicyFiles_missingMembers;
    public static String PolicyFiles_notAnObject;
    public static String PolicyFiles_numberExpected;
    public static String PolicyFiles_objectExpected;
    public static String PolicyFiles_ruleBroken;
    public static String PolicyFiles_textExpected;
    public static String PolicyFiles_trailing;
    public static String PolicyFiles_unknownMember;
    public static String PolicyFiles_wrongFormat;
    public static String PolicyPull_localChanges;
    public static String PolicyPull_task;
    public static String PolicyWorkspace_backupKept;
    public static String PolicyWorkspace_broken;
    public static String PolicyWorkspace_brokenAtLine;
    public static String PolicyWorkspace_noCopy;
    public static String PolicyWorkspace_noTemplate;
    public static String PolicyWorkspace_otherScope;
    public static String PolicyWorkspace_otherTemplate;
    public static String PolicyWorkspace_refused;
    public static String PolicyWorkspace_unlistable;
    public static String PolicyWorkspace_unreadable;
    public static String PolicyWorkspace_unwritable;
    public static String ServerScopes_badVersion;
    public static String ServerScopes_noSuchDomain;
    public static String ServerScopes_noSuchScope;
    public static String SettingsJson_inherited;
    public static String SettingsJson_none;
    public static String SettingsReader_flagExpected;
    public static String SettingsReader_listExpected;
    public static String SettingsReader_noPasswords;
    public static String SettingsReader_numberExpected;
    public static String SettingsReader_objectExpected;
    public static String SettingsReader_textExpected;
    public static String SettingsReader_unknownLiteral;
    public static String SettingsReader_unknownMember;
    public static String WorkspaceDiff_task;
    public static String WorkspaceScope_badAgent;
    public static String WorkspaceScope_badDomainPath;
    public static String WorkspaceScope_unknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
