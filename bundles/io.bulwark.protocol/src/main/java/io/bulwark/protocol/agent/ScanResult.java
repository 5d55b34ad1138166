package io.bulwark.protocol.agent;

/**
 * What a scan found.
 *
 * @param filesScanned
 *            how many files were scanned
 * @param threatsFound
 *            how many of them held a threat
 * @param actionTaken
 *            what was done with them: {@code none} (nothing found), {@code delete}, {@code clean}, {@code rename},
 *            {@code quarantine} or {@code pass}
 * @param durationMillis
 *            how long the scan took
 */
public record ScanResult(long filesScanned, int threatsFound, String actionTaken, long durationMillis) {
}
