package io.bulwark.server.internal.settings;

import io.bulwark.protocol.settings.ScanExclusions;
import io.bulwark.protocol.settings.WindowsPaths.Problem;
import io.bulwark.server.internal.http.ApiException;

/**
 * Refuses the Windows paths in scan targets and exclusions that break the protocol's
 * {@link io.bulwark.protocol.settings.WindowsPaths} (absolute paths on a drive, UNC paths, or paths that start with one
 * of the agent's variables), naming the field.
 */
final class WindowsPaths {

    private WindowsPaths() {
    }

    /**
     * @param field
     *            the field's path
     * @param value
     *            an absolute folder, no wildcards; a trailing backslash is allowed
     * @return the value
     * @throws ApiException
     *             naming the field if it is not such a folder
     */
    static String folder(String field, String value) throws ApiException {
        return accepted(field, value, io.bulwark.protocol.settings.WindowsPaths.folderProblem(value));
    }

    /**
     * @param field
     *            the field's path
     * @param value
     *            a file name or an absolute file path; {@code *} and {@code ?} allowed in the last name
     * @return the value
     * @throws ApiException
     *             naming the field if it is not such a file
     */
    static String file(String field, String value) throws ApiException {
        return accepted(field, value, io.bulwark.protocol.settings.WindowsPaths.fileProblem(value));
    }

    /** @return the key under which two paths are the same path to Windows */
    static String key(String path) {
        return io.bulwark.protocol.settings.WindowsPaths.key(path);
    }

    private static String accepted(String field, String value, Problem problem) throws ApiException {
        if (problem == null) {
            return value;
        }
        String quoted = " \"" + FieldChecks.shorten(value) + "\" "; //$NON-NLS-1$ //$NON-NLS-2$
        String variables = String.join(", ", ScanExclusions.VARIABLES); //$NON-NLS-1$
        throw ApiException.invalid(field, field + switch (problem.reason()) {
            case LENGTH -> " must be 1 to " + io.bulwark.protocol.settings.WindowsPaths.MAX_LENGTH //$NON-NLS-1$
                    + " characters; has " + value.length(); //$NON-NLS-1$
            case CONTROL_CHARACTER -> " must not contain control characters"; //$NON-NLS-1$
            case SLASH -> quoted + "contains '/'; Windows paths use backslashes"; //$NON-NLS-1$
            case NOT_UNC -> quoted + "is not a UNC path; write \\\\server\\share\\…"; //$NON-NLS-1$
            case UNC_SERVER -> quoted + "has \"" + FieldChecks.shorten(problem.detail()) //$NON-NLS-1$
                    + "\" as server, which is not a host name or IPv4 address"; //$NON-NLS-1$
            case UNKNOWN_VARIABLE -> " starts with the unknown variable " + FieldChecks.shorten(problem.detail()) //$NON-NLS-1$
                    + "; the known ones are " + variables; //$NON-NLS-1$
            case NOT_ABSOLUTE -> quoted + "is not an absolute Windows path; write C:\\…, \\\\server\\share\\… or" //$NON-NLS-1$
                    + " start with " + variables; //$NON-NLS-1$
            case FOLDER_NOT_FILE -> " \"" + value + "\" names a folder, not a file"; //$NON-NLS-1$ //$NON-NLS-2$
            case TRAILING_BACKSLASH -> quoted + "ends with a backslash; a file path ends with the file's name"; //$NON-NLS-1$
            case EMPTY_NAME -> quoted + "has an empty name (two backslashes in a row)"; //$NON-NLS-1$
            case RELATIVE_NAME -> quoted + "contains \"" + problem.detail() + "\"; write the path in full"; //$NON-NLS-1$ //$NON-NLS-2$
            case RESERVED_CHARACTER -> quoted + "contains '" + problem.detail() //$NON-NLS-1$
                    + "', which Windows names cannot hold"; //$NON-NLS-1$
            case WILDCARD -> quoted + "contains '" + problem.detail() //$NON-NLS-1$
                    + "', which Windows names may hold only in the last name of a file"; //$NON-NLS-1$
            case TRAILING_SPACE_OR_DOT -> quoted + "has a name ending in a space or dot, which Windows drops"; //$NON-NLS-1$
        });
    }
}
