package io.bulwark.core.internal.move;

import org.eclipse.osgi.util.NLS;

/** Texts of moving agents that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.core.internal.move.messages"; //$NON-NLS-1$

    public static String AgentLists_ambiguous;
    public static String AgentLists_duplicate;
    public static String AgentLists_invalid;
    public static String AgentLists_notText;
    public static String AgentLists_tooLarge;
    public static String AgentLists_unknown;
    public static String AgentLists_unreadable;
    public static String MoveJournal_corrupt;
    public static String MoveJournal_exists;
    public static String MoveJournal_lockFailed;
    public static String MoveJournal_locked;
    public static String MoveJournal_planningLocked;
    public static String MoveJournal_noSuchJob;
    public static String MoveJournal_notAnEntry;
    public static String MoveJournal_otherJob;
    public static String MoveJournal_unlistable;
    public static String MoveJournal_writeFailed;
    public static String MovePlanFile_missing;
    public static String MovePlanFile_notAPlan;
    public static String MovePlanFile_unreadable;
    public static String MovePlanFile_writeFailed;
    public static String MovePlanner_deadlineOutOfRange;
    public static String MovePlanner_noAgents;
    public static String MovePlanner_nothingToMove;
    public static String MovePlanner_notificationsTask;
    public static String MovePlanner_targetDomainUnknown;
    public static String MovePlanner_targetUnreachable;
    public static String MovePlanner_task;
    public static String MovePlanner_ticketRefused;
    public static String MovePlanner_tooManyAgents;
    public static String MovePlans_agentMissing;
    public static String MovePlans_memberMissing;
    public static String MovePlans_noPlan;
    public static String MovePlans_serverMissing;
    public static String MoveRunner_task;
    public static String MoveSteps_cancelledBeforeStart;
    public static String MoveSteps_noToken;
    public static String MoveSteps_otherServer;
    public static String MoveSteps_ticketOfAnotherAccount;
    public static String MoveSteps_phasePlanned;
    public static String MoveSteps_phaseTicketObtained;
    public static String MoveSteps_phaseStarted;
    public static String MoveSteps_phaseFinished;
    public static String MoveSteps_stateWaiting;
    public static String MoveSteps_stateMoving;
    public static String MoveSteps_stateArrived;
    public static String MoveSteps_stateSkipped;
    public static String MoveSteps_stateRolledBack;
    public static String MoveSteps_stateExpired;
    public static String MoveSteps_stateCancelled;
    public static String MoveSteps_summaryCount;
    public static String MoveSteps_revokeFailed;
    public static String StructureReplication_applyTask;
    public static String StructureReplication_changedOnTarget;
    public static String StructureReplication_conflict;
    public static String StructureReplication_createFailed;
    public static String StructureReplication_passwordNotCopied;
    public static String StructureReplication_planTask;
    public static String StructureReplication_sourceDomainUnknown;
    public static String StructureReplication_targetParentUnknown;
    public static String StructureReplication_writeFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
