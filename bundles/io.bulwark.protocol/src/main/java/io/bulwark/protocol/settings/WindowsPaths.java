package io.bulwark.protocol.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The syntax of the Windows paths in scan targets and exclusions: absolute paths on a drive ({@code D:\Exchsrvr}), UNC
 * paths ({@code \\fileserver\share\dir}) or paths that start with one of the agent's
 * {@linkplain ScanExclusions#VARIABLES variables} ({@code $ProgramFiles\…}, {@code $WINDIR\…}, {@code $BOOTDISK\…}).
 * Checked so a typing error is refused when the administrator makes it, not discovered on thousands of endpoints later.
 * <p>
 * Shared by the server and the console; each words the {@link Problem} it is given in its own way.
 */
public final class WindowsPaths {

    /** The classic Windows path limit, which the original's exclusion lists keep. */
    public static final int MAX_LENGTH = 260;

    /** Why a path is refused. */
    public enum Reason {
        /** Empty or longer than {@link WindowsPaths#MAX_LENGTH}. */
        LENGTH,
        /** Holds a control character. */
        CONTROL_CHARACTER,
        /** Holds a forward slash. */
        SLASH,
        /** Starts with two backslashes but names no share. */
        NOT_UNC,
        /** A UNC path whose server (the problem's detail) is neither a host name nor an IPv4 address. */
        UNC_SERVER,
        /** Starts with a variable (the detail) that is not one of {@link ScanExclusions#VARIABLES}. */
        UNKNOWN_VARIABLE,
        /** Neither a drive, a UNC path, a variable nor (for a file) a plain file name. */
        NOT_ABSOLUTE,
        /** A file path that names only a root. */
        FOLDER_NOT_FILE,
        /** A file path that ends with a backslash. */
        TRAILING_BACKSLASH,
        /** Two backslashes in a row. */
        EMPTY_NAME,
        /** Holds the name (the detail) {@code .} or {@code ..}. */
        RELATIVE_NAME,
        /** Holds a character (the detail) no Windows name can hold. */
        RESERVED_CHARACTER,
        /** Holds a wildcard (the detail) outside the last name of a file. */
        WILDCARD,
        /** Has a name ending in a space or dot, which Windows drops. */
        TRAILING_SPACE_OR_DOT
    }

    /**
     * Why a path is refused.
     *
     * @param reason
     *            the reason
     * @param detail
     *            the part of the path the reason is about (a server, variable, name or character), or {@code null}
     */
    public record Problem(Reason reason, String detail) {
    }

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:\\\\.*"); //$NON-NLS-1$
    private static final String RESERVED = "<>:\"|"; //$NON-NLS-1$
    private static final String WILDCARDS = "*?"; //$NON-NLS-1$

    private WindowsPaths() {
    }

    /**
     * @param path
     *            an absolute folder, no wildcards; a trailing backslash is allowed
     * @return why it is refused (the first reason found), or {@code null} if it is such a folder
     */
    public static Problem folderProblem(String path) {
        return check(path, false);
    }

    /**
     * @param path
     *            a file name or an absolute file path; {@code *} and {@code ?} allowed in the last name
     * @return why it is refused (the first reason found), or {@code null} if it is such a file
     */
    public static Problem fileProblem(String path) {
        return check(path, true);
    }

    /**
     * @param path
     *            a path
     * @return the key under which two paths are the same path to Windows (case and a trailing backslash do not matter)
     */
    public static String key(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith("\\") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower; //$NON-NLS-1$
    }

    private static Problem check(String path, boolean file) {
        if (path.isEmpty() || path.length() > MAX_LENGTH) {
            return new Problem(Reason.LENGTH, null);
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return new Problem(Reason.CONTROL_CHARACTER, null);
        }
        if (path.indexOf('/') >= 0) {
            return new Problem(Reason.SLASH, null);
        }
        String[] rest = {null};
        Problem problem = afterRoot(path, file, rest);
        if (problem != null) {
            return problem;
        }
        String names = rest[0];
        if (names.isEmpty()) {
            return file ? new Problem(Reason.FOLDER_NOT_FILE, null) : null;
        }
        if (names.endsWith("\\")) { //$NON-NLS-1$
            if (file) {
                return new Problem(Reason.TRAILING_BACKSLASH, null);
            }
            names = names.substring(0, names.length() - 1);
        }
        String[] parts = names.split("\\\\", -1); //$NON-NLS-1$
        for (int i = 0; i < parts.length; i++) {
            problem = name(parts[i], file && i == parts.length - 1);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Puts what follows the path's root into {@code rest[0]}; returns why there is no valid root, or {@code null}. */
    private static Problem afterRoot(String path, boolean file, String[] rest) {
        if (path.startsWith("\\\\")) { //$NON-NLS-1$
            String[] parts = path.substring(2).split("\\\\", 3); //$NON-NLS-1$
            if (parts.length < 2 || parts[1].isEmpty()) {
                return new Problem(Reason.NOT_UNC, null);
            }
            if (!NetworkSyntax.isHostOrIpv4(parts[0])) {
                return new Problem(Reason.UNC_SERVER, parts[0]);
            }
            rest[0] = parts.length == 3 ? parts[2] : ""; //$NON-NLS-1$
            return name(parts[1], false);
        }
        if (DRIVE.matcher(path).matches()) {
            rest[0] = path.substring(3);
            return null;
        }
        if (path.startsWith("$")) { //$NON-NLS-1$
            int end = path.indexOf('\\');
            String variable = end < 0 ? path : path.substring(0, end);
            for (String known : ScanExclusions.VARIABLES) {
                if (known.equalsIgnoreCase(variable)) {
                    rest[0] = end < 0 ? "" : path.substring(end + 1); //$NON-NLS-1$
                    return null;
                }
            }
            return new Problem(Reason.UNKNOWN_VARIABLE, variable);
        }
        if (file && path.indexOf('\\') < 0 && path.indexOf(':') < 0) {
            rest[0] = path;
            return null;
        }
        return new Problem(Reason.NOT_ABSOLUTE, null);
    }

    private static Problem name(String name, boolean wildcards) {
        if (name.isEmpty()) {
            return new Problem(Reason.EMPTY_NAME, null);
        }
        if (name.equals(".") || name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new Problem(Reason.RELATIVE_NAME, name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                return new Problem(Reason.RESERVED_CHARACTER, String.valueOf(c));
            }
            if (!wildcards && WILDCARDS.indexOf(c) >= 0) {
                return new Problem(Reason.WILDCARD, String.valueOf(c));
            }
        }
        if (name.endsWith(" ") || name.endsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new Problem(Reason.TRAILING_SPACE_OR_DOT, null);
        }
        return null;
    }
}
