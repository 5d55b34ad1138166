package io.bulwark.protocol.settings;

/**
 * The settings of one scan type.
 *
 * @param targets
 *            which files and folders are scanned
 * @param exclusions
 *            what is never scanned, e.g. Exchange queue folders or database files
 * @param actions
 *            what happens to a detected file
 * @param spywareAssessment
 *            spyware/grayware assessment mode: log but do not clean, for a number of weeks
 * @param schedule
 *            when the scan runs: required for the scheduled scan, absent for every other scan type
 */
public record ScanTypeSettings(ScanTargets targets, ScanExclusions exclusions, ScanActions actions,
        SpywareAssessment spywareAssessment, Schedule schedule) {
}
