package io.bulwark.protocol.settings;

import java.util.List;

/**
 * What an agent does with a file a scan detects.
 *
 * @param first
 *            the action: {@link #DELETE}, {@link #CLEAN}, {@link #RENAME} (to {@code .vir}), {@link #QUARANTINE} or
 *            {@link #PASS} (log only)
 * @param whenCleanFails
 *            when {@link #first()} is {@link #CLEAN}: the action if cleaning fails, any action but {@link #CLEAN};
 *            absent otherwise
 */
public record ScanActions(String first, String whenCleanFails) {

    /** Delete the file. */
    public static final String DELETE = "delete"; //$NON-NLS-1$
    /** Remove the threat from the file. */
    public static final String CLEAN = "clean"; //$NON-NLS-1$
    /** Rename the file's extension to {@code .vir}, so it cannot be opened. */
    public static final String RENAME = "rename"; //$NON-NLS-1$
    /** Move the file to the quarantine folder. */
    public static final String QUARANTINE = "quarantine"; //$NON-NLS-1$
    /** Leave the file, log the detection. */
    public static final String PASS = "pass"; //$NON-NLS-1$

    /** The accepted values of {@link #first()}. */
    public static final List<String> ACTIONS = List.of(DELETE, CLEAN, RENAME, QUARANTINE, PASS);

    /** The accepted values of {@link #whenCleanFails()}. */
    public static final List<String> FALLBACKS = List.of(DELETE, RENAME, QUARANTINE, PASS);
}
