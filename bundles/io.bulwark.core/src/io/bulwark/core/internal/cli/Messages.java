package io.bulwark.core.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line that a person reads, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.cli.messages"; //$NON-NLS-1$

    public static String MoveApplication_journaled;
    public static String MoveApplication_listProblem;
    public static String MoveApplication_listRefused;
    public static String MoveApplication_listUnreadable;
    public static String MoveApplication_notReady;
    public static String MoveApplication_notificationsPending;
    public static String MoveApplication_planSaved;
    public static String MoveApplication_resuming;
    public static String MoveApplication_source;
    public static String MoveApplication_target;
    public static String MoveApplication_usage;
    public static String MoveOptions_badNumber;
    public static String MoveOptions_missing;
    public static String MoveOptions_needs;
    public static String MoveOptions_unknown;
    public static String MoveOptions_unknownOrValueMissing;
    public static String PlanReport_agent;
    public static String PlanReport_agents;
    public static String PlanReport_allArrived;
    public static String PlanReport_hours;
    public static String PlanReport_lastError;
    public static String PlanReport_load;
    public static String PlanReport_minutes;
    public static String PlanReport_notAllArrived;
    public static String PlanReport_notArrived;
    public static String PlanReport_notReady;
    public static String PlanReport_progress;
    public static String PlanReport_ready;
    public static String PlanReport_root;
    public static String PlanReport_sameSettings;
    public static String PlanReport_seconds;
    public static String PlanReport_settingGroup;
    public static String PlanReport_settingValue;
    public static String PlanReport_settings;
    public static String PlanReport_servers;
    public static String PlanReport_timing;
    public static String PlanReport_title;
    public static String ServerLogin_badFingerprint;
    public static String ServerLogin_badUrl;
    public static String ServerLogin_failed;
    public static String ServerLogin_noPassword;
    public static String ServerLogin_registryUnreadable;
    public static String ServerLogin_unknownCertificate;
    public static String StructureStep_create;
    public static String StructureStep_done;
    public static String StructureStep_incomplete;
    public static String StructureStep_inherited;
    public static String StructureStep_noDomains;
    public static String StructureStep_note;
    public static String StructureStep_outcome;
    public static String StructureStep_ownValue;
    public static String StructureStep_present;
    public static String StructureStep_setting;
    public static String StructureStep_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
