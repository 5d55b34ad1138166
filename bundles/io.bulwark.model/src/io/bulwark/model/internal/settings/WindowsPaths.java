package io.bulwark.model.internal.settings;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.bulwark.protocol.settings.ScanExclusions;

/**
 * The syntax of the Windows paths in scan targets and exclusions, as the server checks it: absolute paths on a drive
 * ({@code D:\Exchsrvr}), UNC paths ({@code \\fileserver\share\dir}) or paths that start with one of the agent's
 * variables ({@code $ProgramFiles\…}, {@code $WINDIR\…}, {@code $BOOTDISK\…}).
 */
final class WindowsPaths {

    /** The classic Windows path limit, which the original's exclusion lists keep. */
    static final int MAX_LENGTH = 260;

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:\\\\.*"); //$NON-NLS-1$
    private static final String RESERVED = "<>:\"|"; //$NON-NLS-1$
    private static final String WILDCARDS = "*?"; //$NON-NLS-1$

    private WindowsPaths() {
    }

    /** @return why {@code value} is not an absolute folder without wildcards, or {@code null} if it is one */
    static String folder(String value) {
        return check(value, false);
    }

    /** @return why {@code value} is neither a file name nor an absolute file path, or {@code null} if it is one */
    static String file(String value) {
        return check(value, true);
    }

    private static String check(String value, boolean file) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return NLS.bind(Messages.Path_length, Integer.valueOf(MAX_LENGTH), Integer.valueOf(value.length()));
        }
        String shown = ListChecks.shorten(value);
        if (value.chars().anyMatch(Character::isISOControl)) {
            return NLS.bind(Messages.Path_controlCharacter, shown);
        }
        if (value.indexOf('/') >= 0) {
            return NLS.bind(Messages.Path_slash, shown);
        }
        String[] rest = {null};
        String problem = afterRoot(value, file, rest);
        if (problem != null) {
            return problem;
        }
        String names = rest[0];
        if (names.isEmpty()) {
            return file ? NLS.bind(Messages.Path_folderNotFile, shown) : null;
        }
        if (names.endsWith("\\")) { //$NON-NLS-1$
            if (file) {
                return NLS.bind(Messages.Path_trailingBackslash, shown);
            }
            names = names.substring(0, names.length() - 1);
        }
        String[] parts = names.split("\\\\", -1); //$NON-NLS-1$
        for (int i = 0; i < parts.length; i++) {
            problem = name(shown, parts[i], file && i == parts.length - 1);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Finds what follows the path's root into {@code rest[0]}; @return why there is no valid root, or {@code null} */
    private static String afterRoot(String value, boolean file, String[] rest) {
        String shown = ListChecks.shorten(value);
        if (value.startsWith("\\\\")) { //$NON-NLS-1$
            String[] parts = value.substring(2).split("\\\\", 3); //$NON-NLS-1$
            if (parts.length < 2 || parts[1].isEmpty()) {
                return NLS.bind(Messages.Path_notUnc, shown);
            }
            if (!NetworkSyntax.isHostOrIpv4(parts[0])) {
                return NLS.bind(Messages.Path_uncServer, shown, ListChecks.shorten(parts[0]));
            }
            rest[0] = parts.length == 3 ? parts[2] : ""; //$NON-NLS-1$
            return name(shown, parts[1], false);
        }
        if (DRIVE.matcher(value).matches()) {
            rest[0] = value.substring(3);
            return null;
        }
        String variables = String.join(", ", ScanExclusions.VARIABLES); //$NON-NLS-1$
        if (value.startsWith("$")) { //$NON-NLS-1$
            int end = value.indexOf('\\');
            String variable = end < 0 ? value : value.substring(0, end);
            for (String known : ScanExclusions.VARIABLES) {
                if (known.equalsIgnoreCase(variable)) {
                    rest[0] = end < 0 ? "" : value.substring(end + 1); //$NON-NLS-1$
                    return null;
                }
            }
            return NLS.bind(Messages.Path_unknownVariable, ListChecks.shorten(variable), variables);
        }
        if (file && value.indexOf('\\') < 0 && value.indexOf(':') < 0) {
            rest[0] = value;
            return null;
        }
        return NLS.bind(Messages.Path_notAbsolute, shown, variables);
    }

    private static String name(String shown, String name, boolean wildcards) {
        if (name.isEmpty()) {
            return NLS.bind(Messages.Path_emptyName, shown);
        }
        if (name.equals(".") || name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.Path_relative, shown, name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                return NLS.bind(Messages.Path_reservedCharacter, shown, String.valueOf(c));
            }
            if (!wildcards && WILDCARDS.indexOf(c) >= 0) {
                return NLS.bind(Messages.Path_wildcard, shown, String.valueOf(c));
            }
        }
        if (name.endsWith(" ") || name.endsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.Path_trailingSpaceOrDot, shown);
        }
        return null;
    }

    /** @return the key under which two paths are the same path to Windows */
    static String key(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith("\\") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower; //$NON-NLS-1$
    }
}
