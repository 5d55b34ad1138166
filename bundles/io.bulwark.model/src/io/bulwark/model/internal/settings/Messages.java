package io.bulwark.model.internal.settings;

import java.lang.reflect.Field;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/** Texts of the settings rules that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.model.internal.settings.messages"; //$NON-NLS-1$

    public static String Address_invalid;
    public static String Address_missing;
    public static String AgentId_invalid;
    public static String Assessment_weeks;
    public static String Assessment_weeksMissing;
    public static String Assessment_weeksNotUsed;
    public static String Extension_dot;
    public static String Extension_invalid;
    public static String FirewallProfile_platformRepeated;
    public static String FirewallProfile_platformsMissing;
    public static String FirewallProfile_unknownPolicy;
    public static String FirewallRule_portsNotUsed;
    public static String Firewall_nameRepeated;
    public static String Global_scanMissing;
    public static String Group_firewall;
    public static String Group_globalSettings;
    public static String Group_manualScan;
    public static String Group_privileges;
    public static String Group_realTimeScan;
    public static String Group_scanMethod;
    public static String Group_scanNow;
    public static String Group_scheduledScan;
    public static String Group_updateSettings;
    public static String Group_updateSources;
    public static String Group_webReputation;
    public static String HostOrAddress_invalid;
    public static String IpRange_invalid;
    public static String IpRange_missing;
    public static String IpRange_tooLong;
    public static String List_emptyEntry;
    public static String List_repeated;
    public static String List_tooLong;
    public static String Mac_invalid;
    public static String Name_controlCharacter;
    public static String Name_missing;
    public static String Name_spaces;
    public static String Name_tooLong;
    public static String Path_controlCharacter;
    public static String Path_emptyName;
    public static String Path_folderNotFile;
    public static String Path_length;
    public static String Path_notAbsolute;
    public static String Path_notUnc;
    public static String Path_relative;
    public static String Path_reservedCharacter;
    public static String Path_slash;
    public static String Path_trailingBackslash;
    public static String Path_trailingSpaceOrDot;
    public static String Path_uncServer;
    public static String Path_unknownVariable;
    public static String Path_wildcard;
    public static String Policy_globalSettingsBelowRoot;
    public static String Policy_groupMissingAtRoot;
    public static String Port_outOfRange;
    public static String Ports_invalid;
    public static String Privileges_passwordRequired;
    public static String ScanActions_fallbackClean;
    public static String ScanActions_fallbackMissing;
    public static String ScanActions_fallbackNotUsed;
    public static String ScanTargets_extensionsMissing;
    public static String ScanTargets_extensionsNotUsed;
    public static String ScanTargets_foldersMissing;
    public static String ScanTargets_foldersNotUsed;
    public static String ScanTargets_layers;
    public static String ScanType_actionsMissing;
    public static String ScanType_scheduleMissing;
    public static String ScanType_scheduleNotAllowed;
    public static String ScanType_targetsMissing;
    public static String Schedule_dayOfMonth;
    public static String Schedule_dayOfMonthMissing;
    public static String Schedule_dayOfMonthNotUsed;
    public static String Schedule_dayOfWeekMissing;
    public static String Schedule_dayOfWeekNotUsed;
    public static String Schedule_hourlyScan;
    public static String Schedule_time;
    public static String Schedule_timeMissing;
    public static String Schedule_timeNotUsed;
    public static String Shared_maxFiles;
    public static String Shared_maxSize;
    public static String UnloadPassword_blank;
    public static String UnloadPassword_length;
    public static String UnloadPassword_removedAndGiven;
    public static String UpdateSettings_scheduleMissing;
    public static String UpdateSourceEntry_sourceMissing;
    public static String UpdateSourceEntry_twoSources;
    public static String UpdateSources_customMissing;
    public static String UpdateSources_customNotUsed;
    public static String UpdateSources_fallbackMissing;
    public static String UpdateSources_fallbackNotUsed;
    public static String UpdateSources_overlap;
    public static String Url_fragment;
    public static String Url_invalid;
    public static String Url_port;
    public static String Url_tooLong;
    public static String Url_userInfo;
    public static String WebReputation_noLocation;
    public static String WebReputation_policyMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * @param group
     *            a settings group of a policy
     * @return its name for a person, to be used inside a sentence
     */
    public static String group(EReference group) {
        try {
            Field field = Messages.class.getField("Group_" + group.getName()); //$NON-NLS-1$
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            return group.getName();
        }
    }
}
