package io.bulwark.protocol.settings;

/**
 * Scan settings per scan type. At a domain or agent each scan type may be set or inherited on its own.
 *
 * @param manual
 *            scans an agent user starts
 * @param realTime
 *            scanning of files as they are created, changed or opened
 * @param scheduled
 *            scans on a schedule; the only scan type with a {@link ScanTypeSettings#schedule()}
 * @param scanNow
 *            scans an administrator starts from the console
 */
public record ScanSettings(ScanTypeSettings manual, ScanTypeSettings realTime, ScanTypeSettings scheduled,
        ScanTypeSettings scanNow) {
}
