package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.model.settings.DayOfWeek;
import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanFiles;
import io.bulwark.model.settings.ScanFolders;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.SharedScanSettings;
import io.bulwark.model.settings.SpywareAssessment;

/**
 * The console refuses scan settings the server would refuse (targets, exclusions, actions, spyware assessment,
 * schedules, compressed files), with a message on the offending object and field. Each rule is shown with a valid and
 * an invalid value.
 */
class ScanSettingsValidationTest extends PolicyValidation {

    @Test
    void aScanTypeNeedsTargetsAndActions() {
        policy.getManualScan().setTargets(null);
        assertRefused(policy.getManualScan(), Literals.SCAN_TYPE_SETTINGS__TARGETS,
                "Choose which files the scan looks at.");
        policy = ValidSettings.rootPolicy();
        policy.getScanNow().setActions(null);
        assertRefused(policy.getScanNow(), Literals.SCAN_TYPE_SETTINGS__ACTIONS,
                "Choose what the scan does with a detected file.");
    }

    @Test
    void onlyTheScheduledScanHasASchedule() {
        policy.getScheduledScan().setSchedule(null);
        assertRefused(policy.getScheduledScan(), Literals.SCAN_TYPE_SETTINGS__SCHEDULE,
                "The scheduled scan needs a schedule.");
        policy = ValidSettings.rootPolicy();
        policy.getRealTimeScan().setSchedule(schedule(ScheduleFrequency.DAILY, "03:00"));
        assertRefused(policy.getRealTimeScan(), Literals.SCAN_TYPE_SETTINGS__SCHEDULE,
                "Only the scheduled scan has a schedule; remove this one.");
    }

    @Test
    void extensionsAreListedExactlyWhenFilesAreChosenByExtension() {
        ScanTargets targets = policy.getManualScan().getTargets();
        targets.getExtensions().clear();
        assertRefused(targets, Literals.SCAN_TARGETS__EXTENSIONS,
                "Files are chosen by extension: list at least one extension.");
        targets.setFiles(ScanFiles.ALL);
        assertEquals(List.of(), problems(policy));
        targets.getExtensions().add("exe");
        assertRefused(targets, Literals.SCAN_TARGETS__EXTENSIONS,
                "Extensions are listed, but files are not chosen by extension; remove them.");
    }

    @Test
    void extensionsAreWrittenWithoutADotAndOnce() {
        ScanTargets targets = policy.getManualScan().getTargets();
        targets.getExtensions().add("do?");
        assertEquals(List.of(), problems(policy), "wildcards are allowed");
        targets.getExtensions().add(".dll");
        assertRefused(targets, Literals.SCAN_TARGETS__EXTENSIONS,
                "Write the extension \".dll\" without the leading dot.");
        targets.getExtensions().set(2, "a/b");
        assertRefused(targets, Literals.SCAN_TARGETS__EXTENSIONS, "\"a/b\" is not an extension: use 1 to 16 letters,"
                + " digits or characters Windows allows in names (* and ? as wildcards).");
        targets.getExtensions().set(2, "EXE");
        assertRefused(targets, Literals.SCAN_TARGETS__EXTENSIONS, "\"EXE\" is listed twice (case does not matter).");
    }

    @Test
    void foldersAreListedExactlyWhenOnlySpecifiedFoldersAreScanned() {
        ScanTargets targets = policy.getManualScan().getTargets();
        targets.getSpecifiedFolders().clear();
        assertRefused(targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS,
                "Only specified folders are scanned: list at least one folder.");
        targets.setFolders(ScanFolders.ALL);
        assertEquals(List.of(), problems(policy));
        targets.getSpecifiedFolders().add("C:\\Data");
        assertRefused(targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS,
                "Folders are listed, but every folder is scanned; remove them.");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 21})
    void compressedLayersAreZeroToTwenty(int layers) {
        ScanTargets targets = policy.getManualScan().getTargets();
        targets.setCompressedLayers(0);
        assertEquals(List.of(), problems(policy));
        targets.setCompressedLayers(20);
        assertEquals(List.of(), problems(policy));
        targets.setCompressedLayers(layers);
        assertRefused(targets, Literals.SCAN_TARGETS__COMPRESSED_LAYERS,
                "Layers of compressed files must be from 0 to 20; it is set to " + layers + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\", "c:\\Program Files\\App\\", "$ProgramFiles", "$programfiles\\Trend",
            "$WINDIR\\Temp",
            "$BOOTDISK\\Exchsrvr\\mdbdata", "\\\\fileserver\\share", "\\\\10.1.2.3\\share\\queue"})
    void exclusionFoldersMayBeAbsoluteWindowsPathsOrStartWithAVariable(String folder) {
        policy.getManualScan().getExclusions().getFolders().add(folder);
        assertEquals(List.of(), problems(policy));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "C:/Temp | The path \"C:/Temp\" contains '/'; Windows paths use backslashes.",
            "Temp\\Cache | \"Temp\\Cache\" is not an absolute Windows path: write C:\\..., \\\\server\\share\\... or start with"
                    + " $ProgramFiles, $WINDIR, $BOOTDISK.",
            "$TEMP\\Cache | The path starts with the unknown variable $TEMP; the known ones are $ProgramFiles, $WINDIR,"
                    + " $BOOTDISK.",
            "C:\\Data\\\\Cache | The path \"C:\\Data\\\\Cache\" has an empty name (two backslashes in a row).",
            "C:\\Data\\..\\Cache | The path \"C:\\Data\\..\\Cache\" contains \"..\"; write the path in full.",
            "C:\\Data\\*.tmp | The path \"C:\\Data\\*.tmp\" contains '*', which is allowed only in the last name of a file.",
            "C:\\Da<ta | The path \"C:\\Da<ta\" contains '<', which Windows names cannot hold.",
            "C:\\Data. | The path \"C:\\Data.\" has a name ending in a space or dot, which Windows drops.",
            "\\\\fileserver | \"\\\\fileserver\" is not a network path: write \\\\server\\share\\...",
            "\\\\file_server\\share | The path \"\\\\file_server\\share\" names the server \"file_server\", which is neither a"
                    + " host name nor an IPv4 address."})
    void exclusionFoldersThatAreNoWindowsPathAreRefused(String folder, String message) {
        ScanExclusions exclusions = policy.getManualScan().getExclusions();
        exclusions.getFolders().add(folder);
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__FOLDERS, message);
    }

    @Test
    void exclusionFilesAreNamesOrPathsEndingInAName() {
        ScanExclusions exclusions = policy.getManualScan().getExclusions();
        exclusions.getFiles().add("$BOOTDISK\\hiberfil.sys");
        exclusions.getFiles().add("*.ld?");
        assertEquals(List.of(), problems(policy));
        exclusions.getFiles().add("C:\\Data\\");
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__FILES,
                "\"C:\\Data\\\" ends with a backslash; a file path ends with the file's name.");
        exclusions.getFiles().set(4, "$WINDIR");
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__FILES, "\"$WINDIR\" names a folder, not a file.");
        exclusions.getFiles().set(4, "C:\\" + "x".repeat(260));
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__FILES, "A path has 1 to 260 characters; this one has 263.");
    }

    @Test
    void exclusionsAreListedOnceAndAtMost256Times() {
        ScanExclusions exclusions = policy.getManualScan().getExclusions();
        exclusions.getFolders().add("d:\\exchsrvr\\MDBDATA\\");
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__FOLDERS,
                "\"d:\\exchsrvr\\MDBDATA\\\" is listed twice (case does not matter).");
        exclusions.getFolders().removeLast();
        for (int i = exclusions.getExtensions().size(); i < 256; i++) {
            exclusions.getExtensions().add("x" + i);
        }
        assertEquals(List.of(), problems(policy));
        exclusions.getExtensions().add("y");
        assertRefused(exclusions, Literals.SCAN_EXCLUSIONS__EXTENSIONS,
                "At most 256 entries are allowed; there are 257.");
    }

    @Test
    void theActionWhenCleaningFailsFollowsTheFirstAction() {
        ScanActions actions = policy.getManualScan().getActions();
        actions.unsetWhenCleanFails();
        assertRefused(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS,
                "The first action is clean: choose what happens when cleaning fails.");
        actions.setWhenCleanFails(ScanAction.CLEAN);
        assertRefused(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS,
                "Cleaning cannot be the action when cleaning fails; choose delete, rename, quarantine or pass.");
        actions.setFirst(ScanAction.RENAME);
        assertRefused(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS,
                "The action when cleaning fails applies only when the first action is clean; clear it.");
        actions.unsetWhenCleanFails();
        assertEquals(List.of(), problems(policy));
    }

    @Test
    void assessmentModeLastsOneToFiftyTwoWeeks() {
        SpywareAssessment assessment = policy.getManualScan().getSpywareAssessment();
        assessment.setWeeks(52);
        assertEquals(List.of(), problems(policy));
        assessment.setWeeks(53);
        assertRefused(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS,
                "Assessment mode lasts 1 to 52 weeks; it is set to 53.");
        assessment.unsetWeeks();
        assertRefused(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS,
                "Assessment mode is on: say for how many weeks, 1 to 52.");
        assessment.setEnabled(false);
        assertEquals(List.of(), problems(policy));
        assessment.setWeeks(2);
        assertRefused(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS,
                "Assessment mode is off; clear the number of weeks.");
    }

    @Test
    void aScanScheduleIsNotHourly() {
        Schedule schedule = policy.getScheduledScan().getSchedule();
        schedule.setFrequency(ScheduleFrequency.HOURLY);
        schedule.setTime(null);
        schedule.unsetDayOfWeek();
        assertRefused(schedule, Literals.SCHEDULE__FREQUENCY,
                "A scan cannot run every hour; choose daily, weekly or monthly.");
    }

    @Test
    void aScheduleHasATimeButWhenHourly() {
        Schedule schedule = policy.getScheduledScan().getSchedule();
        schedule.setTime("24:00");
        assertRefused(schedule, Literals.SCHEDULE__TIME,
                "\"24:00\" is not a time of day; write HH:mm on a 24-hour clock, such as 13:30.");
        schedule.setTime(null);
        assertRefused(schedule, Literals.SCHEDULE__TIME, "Give the time of day as HH:mm.");
        schedule.setTime("23:59");
        assertEquals(List.of(), problems(policy));
        Schedule hourly = policy.getUpdateSettings().getSchedule();
        hourly.setTime("10:00");
        assertRefused(hourly, Literals.SCHEDULE__TIME, "An hourly schedule runs every hour; clear the time.");
    }

    @Test
    void onlyAWeeklyScheduleHasADayOfTheWeek() {
        Schedule schedule = policy.getScheduledScan().getSchedule();
        schedule.unsetDayOfWeek();
        assertRefused(schedule, Literals.SCHEDULE__DAY_OF_WEEK, "A weekly schedule needs a day of the week.");
        schedule.setFrequency(ScheduleFrequency.DAILY);
        assertEquals(List.of(), problems(policy));
        schedule.setDayOfWeek(DayOfWeek.MONDAY);
        assertRefused(schedule, Literals.SCHEDULE__DAY_OF_WEEK,
                "Only a weekly schedule has a day of the week; clear it.");
    }

    @Test
    void onlyAMonthlyScheduleHasADayOfTheMonth() {
        Schedule schedule = policy.getScheduledScan().getSchedule();
        schedule.setFrequency(ScheduleFrequency.MONTHLY);
        schedule.unsetDayOfWeek();
        assertRefused(schedule, Literals.SCHEDULE__DAY_OF_MONTH,
                "A monthly schedule needs a day of the month, 1 to 31.");
        schedule.setDayOfMonth(31);
        assertEquals(List.of(), problems(policy));
        schedule.setDayOfMonth(32);
        assertRefused(schedule, Literals.SCHEDULE__DAY_OF_MONTH,
                "The day of the month must be from 1 to 31; it is set to 32.");
        schedule.setFrequency(ScheduleFrequency.DAILY);
        schedule.setDayOfMonth(1);
        assertRefused(schedule, Literals.SCHEDULE__DAY_OF_MONTH,
                "Only a monthly schedule has a day of the month; clear it.");
    }

    @Test
    void sharedScanSettingsKeepCompressedFilesInBounds() {
        SharedScanSettings shared = policy.getGlobalSettings().getScan();
        shared.setMaxCompressedSizeMb(2048);
        shared.setMaxCompressedFiles(100_000);
        assertEquals(List.of(), problems(policy));
        shared.setMaxCompressedSizeMb(2049);
        assertRefused(shared, Literals.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB,
                "The largest compressed file opened must be from 1 to 2048 MB; it is set to 2049.");
        shared.setMaxCompressedSizeMb(1);
        shared.setMaxCompressedFiles(0);
        assertRefused(shared, Literals.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES,
                "The number of files scanned in a compressed file must be from 1 to 100000; it is set to 0.");
        policy.getGlobalSettings().setScan(null);
        assertRefused(policy.getGlobalSettings(), Literals.GLOBAL_AGENT_SETTINGS__SCAN,
                "The global agent settings need the scan settings shared by every scan type.");
    }
}
