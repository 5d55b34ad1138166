package io.bulwark.protocol.settings;

import java.util.List;

/**
 * What a scan never looks at. Paths are absolute Windows paths ({@code D:\Exchsrvr\mdbdata}, {@code \\host\share\dir})
 * or start with one of the variables {@link #VARIABLES} (e.g. {@code $ProgramFiles\Microsoft SQL Server}), which the
 * agent expands.
 *
 * @param folders
 *            up to 256 folders, with everything below them; no wildcards
 * @param files
 *            up to 256 files: a file name ({@code pagefile.sys}) or an absolute path; {@code *} and {@code ?} are
 *            allowed in the last name
 * @param extensions
 *            up to 256 extensions without the dot, e.g. {@code mdb}; {@code *} and {@code ?} are allowed
 */
public record ScanExclusions(List<String> folders, List<String> files, List<String> extensions) {

    /** The program files folder of the endpoint, e.g. {@code C:\Program Files}. */
    public static final String PROGRAM_FILES = "$ProgramFiles"; //$NON-NLS-1$
    /** The Windows folder of the endpoint, e.g. {@code C:\Windows}. */
    public static final String WINDIR = "$WINDIR"; //$NON-NLS-1$
    /** The drive the endpoint boots from, e.g. {@code C:}. */
    public static final String BOOTDISK = "$BOOTDISK"; //$NON-NLS-1$
    /** The variables a path may start with. */
    public static final List<String> VARIABLES = List.of(PROGRAM_FILES, WINDIR, BOOTDISK);

    /** The most entries in each list. */
    public static final int MAX_ENTRIES = 256;

    /** @return no exclusions */
    public static ScanExclusions none() {
        return new ScanExclusions(List.of(), List.of(), List.of());
    }
}
