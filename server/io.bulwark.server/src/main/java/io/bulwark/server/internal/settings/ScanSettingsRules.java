package io.bulwark.server.internal.settings;

import java.util.List;

import io.bulwark.protocol.settings.ScanActions;
import io.bulwark.protocol.settings.ScanExclusions;
import io.bulwark.protocol.settings.ScanSettings;
import io.bulwark.protocol.settings.ScanTargets;
import io.bulwark.protocol.settings.ScanTypeSettings;
import io.bulwark.protocol.settings.Schedule;
import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.protocol.settings.SettingsSyntax.ExtensionProblem;
import io.bulwark.protocol.settings.SpywareAssessment;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks scan settings per scan type (targets, exclusions, actions, spyware/grayware assessment, the scheduled scan's
 * schedule) and the schedule shape shared with scheduled updates.
 */
final class ScanSettingsRules {

    private ScanSettingsRules() {
    }

    /**
     * @param field
     *            {@code scanSettings}
     * @param settings
     *            the scan settings, or {@code null}
     * @param complete
     *            whether every scan type must be set (the root)
     * @return the checked settings; {@code null} if nothing is set
     * @throws ApiException
     *             naming the first field not accepted
     */
    static ScanSettings check(String field, ScanSettings settings, boolean complete) throws ApiException {
        if (settings == null) {
            return null;
        }
        ScanTypeSettings manual = scanType(field + ".manual", settings.manual(), complete, false); //$NON-NLS-1$
        ScanTypeSettings realTime = scanType(field + ".realTime", settings.realTime(), complete, false); //$NON-NLS-1$
        ScanTypeSettings scheduled = scanType(field + ".scheduled", settings.scheduled(), complete, true); //$NON-NLS-1$
        ScanTypeSettings scanNow = scanType(field + ".scanNow", settings.scanNow(), complete, false); //$NON-NLS-1$
        if (manual == null && realTime == null && scheduled == null && scanNow == null) {
            return null;
        }
        return new ScanSettings(manual, realTime, scheduled, scanNow);
    }

    private static ScanTypeSettings scanType(String field, ScanTypeSettings settings, boolean complete,
            boolean scheduled) throws ApiException {
        if (settings == null) {
            if (complete) {
                throw ApiException.invalid(field, field + " is required at the root, which sets every scan type"); //$NON-NLS-1$
            }
            return null;
        }
        ScanTargets targets = targets(field + ".targets", settings.targets()); //$NON-NLS-1$
        ScanExclusions exclusions = exclusions(field + ".exclusions", settings.exclusions()); //$NON-NLS-1$
        ScanActions actions = actions(field + ".actions", settings.actions()); //$NON-NLS-1$
        SpywareAssessment assessment = assessment(field + ".spywareAssessment", settings.spywareAssessment()); //$NON-NLS-1$
        Schedule schedule = null;
        if (scheduled) {
            schedule = schedule(field + ".schedule", settings.schedule(), false); //$NON-NLS-1$
        } else {
            FieldChecks.absent(field + ".schedule", settings.schedule(), "only the scheduled scan has a schedule"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ScanTypeSettings(targets, exclusions, actions, assessment, schedule);
    }

    private static ScanTargets targets(String field, ScanTargets targets) throws ApiException {
        FieldChecks.required(field, targets);
        String files = FieldChecks.oneOf(field + ".files", targets.files(), ScanTargets.FILES); //$NON-NLS-1$
        List<String> extensions = FieldChecks.each(field + ".extensions", targets.extensions(), //$NON-NLS-1$
                ScanExclusions.MAX_ENTRIES, ScanSettingsRules::extension);
        if (files.equals(ScanTargets.EXTENSIONS)) {
            FieldChecks.notEmpty(field + ".extensions", extensions, "files is " + ScanTargets.EXTENSIONS); //$NON-NLS-1$ //$NON-NLS-2$
            FieldChecks.unique(field + ".extensions", extensions); //$NON-NLS-1$
        } else {
            FieldChecks.empty(field + ".extensions", extensions, "files is " + files); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String folders = FieldChecks.oneOf(field + ".folders", targets.folders(), ScanTargets.FOLDERS); //$NON-NLS-1$
        List<String> specified = FieldChecks.each(field + ".specifiedFolders", targets.specifiedFolders(), //$NON-NLS-1$
                ScanExclusions.MAX_ENTRIES, WindowsPaths::folder);
        if (folders.equals(ScanTargets.SPECIFIED_FOLDERS)) {
            FieldChecks.notEmpty(field + ".specifiedFolders", specified, "folders is " //$NON-NLS-1$ //$NON-NLS-2$
                    + ScanTargets.SPECIFIED_FOLDERS);
            FieldChecks.unique(field + ".specifiedFolders", specified, WindowsPaths::key); //$NON-NLS-1$
        } else {
            FieldChecks.empty(field + ".specifiedFolders", specified, "folders is " + folders); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Integer layers = FieldChecks.range(field + ".compressedLayers", targets.compressedLayers(), 0, //$NON-NLS-1$
                ScanTargets.MAX_COMPRESSED_LAYERS);
        return new ScanTargets(files, extensions, folders, specified, layers);
    }

    private static ScanExclusions exclusions(String field, ScanExclusions exclusions) throws ApiException {
        if (exclusions == null) {
            return ScanExclusions.none();
        }
        List<String> folders = FieldChecks.each(field + ".folders", exclusions.folders(), ScanExclusions.MAX_ENTRIES, //$NON-NLS-1$
                WindowsPaths::folder);
        FieldChecks.unique(field + ".folders", folders, WindowsPaths::key); //$NON-NLS-1$
        List<String> files = FieldChecks.each(field + ".files", exclusions.files(), ScanExclusions.MAX_ENTRIES, //$NON-NLS-1$
                WindowsPaths::file);
        FieldChecks.unique(field + ".files", files); //$NON-NLS-1$
        List<String> extensions = FieldChecks.each(field + ".extensions", exclusions.extensions(), //$NON-NLS-1$
                ScanExclusions.MAX_ENTRIES, ScanSettingsRules::extension);
        FieldChecks.unique(field + ".extensions", extensions); //$NON-NLS-1$
        return new ScanExclusions(folders, files, extensions);
    }

    private static String extension(String field, String value) throws ApiException {
        ExtensionProblem problem = SettingsSyntax.extensionProblem(value);
        if (problem == ExtensionProblem.LEADING_DOT) {
            throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) //$NON-NLS-1$
                    + "\" starts with a dot; write the extension without it"); //$NON-NLS-1$
        }
        if (problem == ExtensionProblem.INVALID) {
            throw ApiException.invalid(field, field + " must be an extension of 1 to 16 letters, digits or" //$NON-NLS-1$
                    + " characters Windows allows in names (* and ? as wildcards); was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        return value;
    }

    private static ScanActions actions(String field, ScanActions actions) throws ApiException {
        FieldChecks.required(field, actions);
        String first = FieldChecks.oneOf(field + ".first", actions.first(), ScanActions.ACTIONS); //$NON-NLS-1$
        String fallback = null;
        if (first.equals(ScanActions.CLEAN)) {
            fallback = FieldChecks.oneOf(field + ".whenCleanFails", actions.whenCleanFails(), ScanActions.FALLBACKS); //$NON-NLS-1$
        } else {
            FieldChecks.absent(field + ".whenCleanFails", actions.whenCleanFails(), //$NON-NLS-1$
                    "it applies only when the first action is " + ScanActions.CLEAN); //$NON-NLS-1$
        }
        return new ScanActions(first, fallback);
    }

    private static SpywareAssessment assessment(String field, SpywareAssessment assessment) throws ApiException {
        if (assessment == null) {
            return SpywareAssessment.off();
        }
        Boolean enabled = FieldChecks.required(field + ".enabled", assessment.enabled()); //$NON-NLS-1$
        if (!enabled.booleanValue()) {
            FieldChecks.absent(field + ".weeks", assessment.weeks(), "assessment mode is off"); //$NON-NLS-1$ //$NON-NLS-2$
            return SpywareAssessment.off();
        }
        return new SpywareAssessment(enabled,
                FieldChecks.range(field + ".weeks", assessment.weeks(), 1, SpywareAssessment.MAX_WEEKS)); //$NON-NLS-1$
    }

    /**
     * @param field
     *            the schedule's path
     * @param schedule
     *            the schedule
     * @param hourlyAllowed
     *            whether {@link Schedule#HOURLY} is accepted (updates, not scans)
     * @return the checked schedule
     * @throws ApiException
     *             naming the first field not accepted
     */
    static Schedule schedule(String field, Schedule schedule, boolean hourlyAllowed) throws ApiException {
        FieldChecks.required(field, schedule);
        List<String> frequencies = hourlyAllowed
                ? Schedule.FREQUENCIES
                : Schedule.FREQUENCIES.subList(1, Schedule.FREQUENCIES.size());
        String frequency = FieldChecks.oneOf(field + ".frequency", schedule.frequency(), frequencies); //$NON-NLS-1$
        String time = null;
        if (frequency.equals(Schedule.HOURLY)) {
            FieldChecks.absent(field + ".time", schedule.time(), "an hourly schedule runs every hour"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            time = FieldChecks.required(field + ".time", schedule.time()); //$NON-NLS-1$
            if (!SettingsSyntax.isTimeOfDay(time)) {
                throw ApiException.invalid(field + ".time", field + ".time must be HH:mm on a 24-hour clock; was \"" //$NON-NLS-1$ //$NON-NLS-2$
                        + FieldChecks.shorten(time) + "\""); //$NON-NLS-1$
            }
        }
        String day = null;
        if (frequency.equals(Schedule.WEEKLY)) {
            day = FieldChecks.oneOf(field + ".dayOfWeek", schedule.dayOfWeek(), Schedule.DAYS_OF_WEEK); //$NON-NLS-1$
        } else {
            FieldChecks.absent(field + ".dayOfWeek", schedule.dayOfWeek(), "the schedule is not weekly"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Integer date = null;
        if (frequency.equals(Schedule.MONTHLY)) {
            date = FieldChecks.range(field + ".dayOfMonth", schedule.dayOfMonth(), 1, 31); //$NON-NLS-1$
        } else {
            FieldChecks.absent(field + ".dayOfMonth", schedule.dayOfMonth(), "the schedule is not monthly"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Schedule(frequency, time, day, date);
    }
}
