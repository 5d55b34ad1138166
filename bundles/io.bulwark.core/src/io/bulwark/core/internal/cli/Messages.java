package io.bulwark.core.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line that a person reads, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.cli.messages"; //$NON-NLS-1$

    public static String CampaignCommand_complete;
    public static String CampaignCommand_confirmHint;
    public static String CampaignCommand_confirmed;
    public static String CampaignCommand_confirmedAlready;
    public static String CampaignCommand_following;
    public static String CampaignCommand_journaled;
    public static String CampaignCommand_moveBackHint;
    public static String CampaignCommand_noSuchCampaign;
    public static String CampaignCommand_nothingToMove;
    public static String CampaignCommand_recorded;
    public static String CampaignCommand_someone;
    public static String CampaignCommand_startNext;
    public static String CampaignCommand_starting;
    public static String CampaignCommand_unfinishedExists;
    public static String CampaignCommand_waveDone;
    public static String CampaignReport_agents;
    public static String CampaignReport_allAgents;
    public static String CampaignReport_confirmEach;
    public static String CampaignReport_confirmed;
    public static String CampaignReport_created;
    public static String CampaignReport_domain;
    public static String CampaignReport_finished;
    public static String CampaignReport_followHint;
    public static String CampaignReport_job;
    public static String CampaignReport_movedBack;
    public static String CampaignReport_noAddress;
    public static String CampaignReport_noJob;
    public static String CampaignReport_noPilot;
    public static String CampaignReport_noSite;
    public static String CampaignReport_noSizeLimit;
    public static String CampaignReport_orderDomain;
    public static String CampaignReport_orderNone;
    public static String CampaignReport_orderSite;
    public static String CampaignReport_orderSubnet;
    public static String CampaignReport_part;
    public static String CampaignReport_pending;
    public static String CampaignReport_pilot;
    public static String CampaignReport_pilotCount;
    public static String CampaignReport_pilotList;
    public static String CampaignReport_pilotPercent;
    public static String CampaignReport_running;
    public static String CampaignReport_site;
    public static String CampaignReport_sizeLimit;
    public static String CampaignReport_statusHeader;
    public static String CampaignReport_subnet;
    public static String CampaignReport_tableHeader;
    public static String CampaignReport_title;
    public static String MigrationOptions_badId;
    public static String MigrationOptions_confirmOrNext;
    public static String MigrationOptions_noSite;
    public static String MigrationOptions_oneMode;
    public static String MigrationOptions_pilotTwice;
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
    public static String MoveBackCommand_domainsMissing;
    public static String MoveBackCommand_earlier;
    public static String MoveBackCommand_journaled;
    public static String MoveBackCommand_noSuchMove;
    public static String MoveBackCommand_nothingToMove;
    public static String MoveBackCommand_result;
    public static String MoveBackCommand_skipped;
    public static String MoveBackCommand_title;
    public static String MoveBackCommand_toRoot;
    public static String MoveOptions_badNumber;
    public static String MoveOptions_missing;
    public static String MoveOptions_needs;
    public static String MoveOptions_notWith;
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
    public static String PlanReport_servers;
    public static String PlanReport_settingGroup;
    public static String PlanReport_settingValue;
    public static String PlanReport_settings;
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
