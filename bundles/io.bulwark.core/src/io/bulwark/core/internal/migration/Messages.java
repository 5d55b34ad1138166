package io.bulwark.core.internal.migration;

import org.eclipse.osgi.util.NLS;

/** Texts of migration campaigns and moves back that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.migration.messages"; //$NON-NLS-1$

    public static String CampaignChecks_agentTwice;
    public static String CampaignChecks_badMoveOptions;
    public static String CampaignChecks_memberMissing;
    public static String CampaignChecks_noCampaign;
    public static String CampaignChecks_noWaves;
    public static String CampaignChecks_numbering;
    public static String CampaignChecks_order;
    public static String CampaignChecks_waveIncomplete;
    public static String CampaignJournal_corrupt;
    public static String CampaignJournal_exists;
    public static String CampaignJournal_lockFailed;
    public static String CampaignJournal_locked;
    public static String CampaignJournal_noSuchCampaign;
    public static String CampaignJournal_notAnEntry;
    public static String CampaignJournal_otherCampaign;
    public static String CampaignJournal_unlistable;
    public static String CampaignJournal_writeFailed;
    public static String CampaignPlanner_deadlineOutOfRange;
    public static String CampaignPlanner_targetDomainUnknown;
    public static String CampaignPlanner_task;
    public static String CampaignPlanner_unknownAgents;
    public static String CampaignRunner_awaitsConfirmation;
    public static String CampaignRunner_complete;
    public static String CampaignRunner_confirmEarlierFirst;
    public static String CampaignRunner_confirmNotStarted;
    public static String CampaignRunner_confirmRunning;
    public static String CampaignRunner_nextWhileRunning;
    public static String CampaignRunner_noSuchWave;
    public static String CampaignRunner_targetNotReady;
    public static String Grouping_unknown;
    public static String MoveBack_domainSkipped;
    public static String MoveBack_domainsMissing;
    public static String MoveBack_notFinished;
    public static String MoveBack_nothingArrived;
    public static String MoveBack_root;
    public static String MoveBack_sourceNotReady;
    public static String MoveBack_task;
    public static String PilotChoice_bad;
    public static String PilotChoice_badPercent;
    public static String ServerIdentity_otherServer;
    public static String Site_badName;
    public static String Site_badRange;
    public static String Site_emptyRange;
    public static String Site_noEquals;
    public static String WaveSplitter_badPrefix;
    public static String WaveSplitter_badWaveSize;
    public static String WaveSplitter_duplicateAgent;
    public static String WaveSplitter_emptyPilotList;
    public static String WaveSplitter_noAgents;
    public static String WaveSplitter_noSites;
    public static String WaveSplitter_pilotAgentNotInCampaign;
    public static String WaveSplitter_pilotTakesAll;
    public static String WaveSplitter_siteTwice;
    public static String WaveSplitter_sitesOverlap;
    public static String WaveSplitter_sitesWithoutSiteGrouping;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
