package io.bulwark.protocol.settings;

/**
 * Scan settings shared by every scan type of every agent.
 *
 * @param excludeServerDatabaseFolder
 *            whether the management server's database folder is never scanned on the server's own endpoint
 * @param excludeExchangeFolders
 *            whether Microsoft Exchange server folders are never scanned
 * @param maxCompressedSizeMb
 *            compressed files larger than this are not opened, 1 to {@link #MAX_COMPRESSED_SIZE_MB}
 * @param maxCompressedFiles
 *            only this many files in a compressed file are scanned, 1 to {@link #MAX_COMPRESSED_FILES}
 * @param cleanCompressedFiles
 *            whether infected files inside compressed files are cleaned or deleted
 */
public record SharedScanSettings(Boolean excludeServerDatabaseFolder, Boolean excludeExchangeFolders,
        Integer maxCompressedSizeMb, Integer maxCompressedFiles, Boolean cleanCompressedFiles) {

    /** The largest accepted {@link #maxCompressedSizeMb()}. */
    public static final int MAX_COMPRESSED_SIZE_MB = 2048;

    /** The largest accepted {@link #maxCompressedFiles()}. */
    public static final int MAX_COMPRESSED_FILES = 100_000;
}
