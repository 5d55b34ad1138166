package io.bulwark.protocol.settings;

import java.util.List;

/**
 * Which files a scan looks at.
 *
 * @param files
 *            {@link #ALL_FILES}, {@link #FILE_TYPES} (types known to carry threats, by true file type) or
 *            {@link #EXTENSIONS} (only files with the listed {@link #extensions()})
 * @param extensions
 *            for {@link #EXTENSIONS}: 1–256 extensions without the dot, e.g. {@code exe}; empty otherwise
 * @param folders
 *            {@link #ALL_FOLDERS} or {@link #SPECIFIED_FOLDERS}
 * @param specifiedFolders
 *            for {@link #SPECIFIED_FOLDERS}: 1–256 absolute Windows folders; empty otherwise
 * @param compressedLayers
 *            how many layers of compressed files to open, 0 (none) to {@link #MAX_COMPRESSED_LAYERS}
 */
public record ScanTargets(String files, List<String> extensions, String folders, List<String> specifiedFolders,
        Integer compressedLayers) {

    /** Scan every file. */
    public static final String ALL_FILES = "all"; //$NON-NLS-1$
    /** Scan the file types known to carry threats, recognised by content. */
    public static final String FILE_TYPES = "file_types"; //$NON-NLS-1$
    /** Scan files with the listed extensions only. */
    public static final String EXTENSIONS = "extensions"; //$NON-NLS-1$
    /** The accepted values of {@link #files()}. */
    public static final List<String> FILES = List.of(ALL_FILES, FILE_TYPES, EXTENSIONS);

    /** Scan every folder. */
    public static final String ALL_FOLDERS = "all"; //$NON-NLS-1$
    /** Scan only {@link #specifiedFolders()}. */
    public static final String SPECIFIED_FOLDERS = "specified"; //$NON-NLS-1$
    /** The accepted values of {@link #folders()}. */
    public static final List<String> FOLDERS = List.of(ALL_FOLDERS, SPECIFIED_FOLDERS);

    /** The most layers of nested compressed files a scan opens. */
    public static final int MAX_COMPRESSED_LAYERS = 20;
}
