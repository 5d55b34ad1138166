package io.bulwark.model.internal.settings;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.ScanAction;
import io.bulwark.model.settings.ScanActions;
import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.ScanFiles;
import io.bulwark.model.settings.ScanFolders;
import io.bulwark.model.settings.ScanTargets;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.SpywareAssessment;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.protocol.settings.SettingsSyntax.ExtensionProblem;

/**
 * The server's rules for scan settings per scan type (targets, exclusions, actions, spyware/grayware assessment, the
 * scheduled scan's schedule) and for schedules, which scheduled updates share.
 */
public final class ScanRules {

    private ScanRules() {
    }

    /** Targets and actions are required; only the scheduled scan has a schedule, and it must. */
    public static boolean check(ScanTypeSettings settings, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (settings.getTargets() == null) {
            problems.error(settings, Literals.SCAN_TYPE_SETTINGS__TARGETS, Messages.ScanType_targetsMissing);
        }
        if (settings.getActions() == null) {
            problems.error(settings, Literals.SCAN_TYPE_SETTINGS__ACTIONS, Messages.ScanType_actionsMissing);
        }
        boolean scheduled = settings.eContainmentFeature() == Literals.POLICY__SCHEDULED_SCAN;
        if (scheduled && settings.getSchedule() == null) {
            problems.error(settings, Literals.SCAN_TYPE_SETTINGS__SCHEDULE, Messages.ScanType_scheduleMissing);
        } else if (!scheduled && settings.getSchedule() != null && settings.eContainer() != null) {
            problems.error(settings, Literals.SCAN_TYPE_SETTINGS__SCHEDULE, Messages.ScanType_scheduleNotAllowed);
        }
        return problems.valid();
    }

    /** Extensions only when files are chosen by extension, folders only when specified, layers 0 to 20. */
    public static boolean check(ScanTargets targets, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        ListChecks.strings(problems, targets, Literals.SCAN_TARGETS__EXTENSIONS,
                io.bulwark.protocol.settings.ScanExclusions.MAX_ENTRIES, ScanRules::extension);
        if (targets.getFiles() == ScanFiles.EXTENSIONS) {
            if (targets.getExtensions().isEmpty()) {
                problems.error(targets, Literals.SCAN_TARGETS__EXTENSIONS, Messages.ScanTargets_extensionsMissing);
            }
            ListChecks.unique(problems, targets, Literals.SCAN_TARGETS__EXTENSIONS, targets.getExtensions());
        } else if (!targets.getExtensions().isEmpty()) {
            problems.error(targets, Literals.SCAN_TARGETS__EXTENSIONS, Messages.ScanTargets_extensionsNotUsed);
        }
        ListChecks.strings(problems, targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS,
                io.bulwark.protocol.settings.ScanExclusions.MAX_ENTRIES, WindowsPaths::folder);
        if (targets.getFolders() == ScanFolders.SPECIFIED) {
            if (targets.getSpecifiedFolders().isEmpty()) {
                problems.error(targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS, Messages.ScanTargets_foldersMissing);
            }
            ListChecks.unique(problems, targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS,
                    targets.getSpecifiedFolders(), WindowsPaths::key);
        } else if (!targets.getSpecifiedFolders().isEmpty()) {
            problems.error(targets, Literals.SCAN_TARGETS__SPECIFIED_FOLDERS, Messages.ScanTargets_foldersNotUsed);
        }
        int layers = targets.getCompressedLayers();
        if (layers < 0 || layers > io.bulwark.protocol.settings.ScanTargets.MAX_COMPRESSED_LAYERS) {
            problems.error(targets, Literals.SCAN_TARGETS__COMPRESSED_LAYERS, NLS.bind(Messages.ScanTargets_layers,
                    Integer.valueOf(io.bulwark.protocol.settings.ScanTargets.MAX_COMPRESSED_LAYERS),
                    Integer.valueOf(layers)));
        }
        return problems.valid();
    }

    /** Folders and files are Windows paths or start with a variable, extensions are extensions; none repeated. */
    public static boolean check(ScanExclusions exclusions, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        int max = io.bulwark.protocol.settings.ScanExclusions.MAX_ENTRIES;
        ListChecks.strings(problems, exclusions, Literals.SCAN_EXCLUSIONS__FOLDERS, max, WindowsPaths::folder);
        ListChecks.unique(problems, exclusions, Literals.SCAN_EXCLUSIONS__FOLDERS, exclusions.getFolders(),
                WindowsPaths::key);
        ListChecks.strings(problems, exclusions, Literals.SCAN_EXCLUSIONS__FILES, max, WindowsPaths::file);
        ListChecks.unique(problems, exclusions, Literals.SCAN_EXCLUSIONS__FILES, exclusions.getFiles());
        ListChecks.strings(problems, exclusions, Literals.SCAN_EXCLUSIONS__EXTENSIONS, max, ScanRules::extension);
        ListChecks.unique(problems, exclusions, Literals.SCAN_EXCLUSIONS__EXTENSIONS, exclusions.getExtensions());
        return problems.valid();
    }

    /** The action when cleaning fails is set exactly when the first action is clean, and is not clean itself. */
    public static boolean check(ScanActions actions, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (actions.getFirst() == ScanAction.CLEAN) {
            if (!actions.isSetWhenCleanFails()) {
                problems.error(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS, Messages.ScanActions_fallbackMissing);
            } else if (actions.getWhenCleanFails() == ScanAction.CLEAN) {
                problems.error(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS, Messages.ScanActions_fallbackClean);
            }
        } else if (actions.isSetWhenCleanFails()) {
            problems.error(actions, Literals.SCAN_ACTIONS__WHEN_CLEAN_FAILS, Messages.ScanActions_fallbackNotUsed);
        }
        return problems.valid();
    }

    /** Weeks 1 to 52 when assessment mode is on, none when it is off. */
    public static boolean check(SpywareAssessment assessment, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        int max = io.bulwark.protocol.settings.SpywareAssessment.MAX_WEEKS;
        if (assessment.isEnabled()) {
            if (!assessment.isSetWeeks()) {
                problems.error(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS,
                        NLS.bind(Messages.Assessment_weeksMissing, Integer.valueOf(max)));
            } else if (assessment.getWeeks() < 1 || assessment.getWeeks() > max) {
                problems.error(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS, NLS.bind(Messages.Assessment_weeks,
                        Integer.valueOf(max), Integer.valueOf(assessment.getWeeks())));
            }
        } else if (assessment.isSetWeeks()) {
            problems.error(assessment, Literals.SPYWARE_ASSESSMENT__WEEKS, Messages.Assessment_weeksNotUsed);
        }
        return problems.valid();
    }

    /** Hourly only for updates; a time but for hourly; a day of the week only weekly, of the month only monthly. */
    public static boolean check(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        EObject owner = schedule.eContainer();
        ScheduleFrequency frequency = schedule.getFrequency();
        if (frequency == ScheduleFrequency.HOURLY) {
            if (owner != null && !(owner instanceof UpdateSettings)) {
                problems.error(schedule, Literals.SCHEDULE__FREQUENCY, Messages.Schedule_hourlyScan);
            }
            if (schedule.getTime() != null) {
                problems.error(schedule, Literals.SCHEDULE__TIME, Messages.Schedule_timeNotUsed);
            }
        } else if (schedule.getTime() == null || schedule.getTime().isEmpty()) {
            problems.error(schedule, Literals.SCHEDULE__TIME, Messages.Schedule_timeMissing);
        } else if (!SettingsSyntax.isTimeOfDay(schedule.getTime())) {
            problems.error(schedule, Literals.SCHEDULE__TIME,
                    NLS.bind(Messages.Schedule_time, ListChecks.shorten(schedule.getTime())));
        }
        if (frequency == ScheduleFrequency.WEEKLY && !schedule.isSetDayOfWeek()) {
            problems.error(schedule, Literals.SCHEDULE__DAY_OF_WEEK, Messages.Schedule_dayOfWeekMissing);
        } else if (frequency != ScheduleFrequency.WEEKLY && schedule.isSetDayOfWeek()) {
            problems.error(schedule, Literals.SCHEDULE__DAY_OF_WEEK, Messages.Schedule_dayOfWeekNotUsed);
        }
        if (frequency == ScheduleFrequency.MONTHLY) {
            if (!schedule.isSetDayOfMonth()) {
                problems.error(schedule, Literals.SCHEDULE__DAY_OF_MONTH, Messages.Schedule_dayOfMonthMissing);
            } else if (schedule.getDayOfMonth() < 1 || schedule.getDayOfMonth() > 31) {
                problems.error(schedule, Literals.SCHEDULE__DAY_OF_MONTH,
                        NLS.bind(Messages.Schedule_dayOfMonth, Integer.valueOf(schedule.getDayOfMonth())));
            }
        } else if (schedule.isSetDayOfMonth()) {
            problems.error(schedule, Literals.SCHEDULE__DAY_OF_MONTH, Messages.Schedule_dayOfMonthNotUsed);
        }
        return problems.valid();
    }

    private static String extension(String value) {
        ExtensionProblem problem = SettingsSyntax.extensionProblem(value);
        if (problem == null) {
            return null;
        }
        return NLS.bind(problem == ExtensionProblem.LEADING_DOT ? Messages.Extension_dot : Messages.Extension_invalid,
                ListChecks.shorten(value));
    }
}
