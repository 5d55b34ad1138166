package io.bulwark.model.internal.settings;

import org.eclipse.osgi.util.NLS;

import io.bulwark.protocol.settings.ScanExclusions;
import io.bulwark.protocol.settings.WindowsPaths.Problem;

/**
 * Says why a Windows path in scan targets and exclusions breaks the protocol's
 * {@link io.bulwark.protocol.settings.WindowsPaths}, which the server checks too: absolute paths on a drive, UNC paths
 * or paths that start with one of the agent's variables.
 */
final class WindowsPaths {

    private WindowsPaths() {
    }

    /** @return why {@code value} is not an absolute folder without wildcards, or {@code null} if it is one */
    static String folder(String value) {
        return message(value, io.bulwark.protocol.settings.WindowsPaths.folderProblem(value));
    }

    /** @return why {@code value} is neither a file name nor an absolute file path, or {@code null} if it is one */
    static String file(String value) {
        return message(value, io.bulwark.protocol.settings.WindowsPaths.fileProblem(value));
    }

    /** @return the key under which two paths are the same path to Windows */
    static String key(String path) {
        return io.bulwark.protocol.settings.WindowsPaths.key(path);
    }

    private static String message(String value, Problem problem) {
        if (problem == null) {
            return null;
        }
        String shown = ListChecks.shorten(value);
        String detail = problem.detail() == null ? null : ListChecks.shorten(problem.detail());
        return switch (problem.reason()) {
            case LENGTH -> NLS.bind(Messages.Path_length,
                    Integer.valueOf(io.bulwark.protocol.settings.WindowsPaths.MAX_LENGTH),
                    Integer.valueOf(value.length()));
            case CONTROL_CHARACTER -> NLS.bind(Messages.Path_controlCharacter, shown);
            case SLASH -> NLS.bind(Messages.Path_slash, shown);
            case NOT_UNC -> NLS.bind(Messages.Path_notUnc, shown);
            case UNC_SERVER -> NLS.bind(Messages.Path_uncServer, shown, detail);
            case UNKNOWN_VARIABLE -> NLS.bind(Messages.Path_unknownVariable, detail,
                    String.join(", ", ScanExclusions.VARIABLES)); //$NON-NLS-1$
            case NOT_ABSOLUTE -> NLS.bind(Messages.Path_notAbsolute, shown,
                    String.join(", ", ScanExclusions.VARIABLES)); //$NON-NLS-1$
            case FOLDER_NOT_FILE -> NLS.bind(Messages.Path_folderNotFile, shown);
            case TRAILING_BACKSLASH -> NLS.bind(Messages.Path_trailingBackslash, shown);
            case EMPTY_NAME -> NLS.bind(Messages.Path_emptyName, shown);
            case RELATIVE_NAME -> NLS.bind(Messages.Path_relative, shown, detail);
            case RESERVED_CHARACTER -> NLS.bind(Messages.Path_reservedCharacter, shown, detail);
            case WILDCARD -> NLS.bind(Messages.Path_wildcard, shown, detail);
            case TRAILING_SPACE_OR_DOT -> NLS.bind(Messages.Path_trailingSpaceOrDot, shown);
        };
    }
}
