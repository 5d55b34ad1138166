package io.bulwark.server.internal.settings;

import java.util.Locale;
import java.util.regex.Pattern;

import io.bulwark.protocol.settings.ScanExclusions;
import io.bulwark.server.internal.http.ApiException;

/**
 * The syntax of the Windows paths in scan targets and exclusions: absolute paths on a drive ({@code D:\Exchsrvr}), UNC
 * paths ({@code \\fileserver\share\dir}) or paths that start with one of the agent's variables
 * ({@code $ProgramFiles\…}, {@code $WINDIR\…}, {@code $BOOTDISK\…}). Checked here so a typing error is refused when the
 * administrator makes it, not discovered on thousands of endpoints later.
 */
final class WindowsPaths {

    /** The classic Windows path limit, which the original's exclusion lists keep. */
    static final int MAX_LENGTH = 260;

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:\\\\.*"); //$NON-NLS-1$
    private static final String RESERVED = "<>:\"|"; //$NON-NLS-1$
    private static final String WILDCARDS = "*?"; //$NON-NLS-1$

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
        return check(field, value, false, false);
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
        return check(field, value, true, true);
    }

    private static String check(String field, String value, boolean file, boolean wildcards) throws ApiException {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw ApiException.invalid(field, field + " must be 1 to " + MAX_LENGTH + " characters; has " //$NON-NLS-1$ //$NON-NLS-2$
                    + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(field, field + " must not contain control characters"); //$NON-NLS-1$
        }
        if (value.indexOf('/') >= 0) {
            throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) //$NON-NLS-1$
                    + "\" contains '/'; Windows paths use backslashes"); //$NON-NLS-1$
        }
        String rest = afterRoot(field, value, file);
        if (rest.isEmpty()) {
            if (file) {
                throw ApiException.invalid(field, field + " \"" + value + "\" names a folder, not a file"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return value;
        }
        if (rest.endsWith("\\")) { //$NON-NLS-1$
            if (file) {
                throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) //$NON-NLS-1$
                        + "\" ends with a backslash; a file path ends with the file's name"); //$NON-NLS-1$
            }
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] names = rest.split("\\\\", -1); //$NON-NLS-1$
        for (int i = 0; i < names.length; i++) {
            checkName(field, value, names[i], wildcards && i == names.length - 1);
        }
        return value;
    }

    /** @return what follows the path's root ({@code C:\}, {@code \\server\share\}, a variable), or the whole name */
    private static String afterRoot(String field, String value, boolean file) throws ApiException {
        if (value.startsWith("\\\\")) { //$NON-NLS-1$
            String[] parts = value.substring(2).split("\\\\", 3); //$NON-NLS-1$
            if (parts.length < 2 || parts[1].isEmpty()) {
                throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) //$NON-NLS-1$
                        + "\" is not a UNC path; write \\\\server\\share\\…"); //$NON-NLS-1$
            }
            if (!NetworkSyntax.isHostOrIpv4(parts[0])) {
                throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) + "\" has \"" //$NON-NLS-1$ //$NON-NLS-2$
                        + FieldChecks.shorten(parts[0]) + "\" as server, which is not a host name or IPv4 address"); //$NON-NLS-1$
            }
            checkName(field, value, parts[1], false);
            return parts.length == 3 ? parts[2] : ""; //$NON-NLS-1$
        }
        if (DRIVE.matcher(value).matches()) {
            return value.substring(3);
        }
        if (value.startsWith("$")) { //$NON-NLS-1$
            int end = value.indexOf('\\');
            String variable = end < 0 ? value : value.substring(0, end);
            for (String known : ScanExclusions.VARIABLES) {
                if (known.equalsIgnoreCase(variable)) {
                    return end < 0 ? "" : value.substring(end + 1); //$NON-NLS-1$
                }
            }
            throw ApiException.invalid(field, field + " starts with the unknown variable " //$NON-NLS-1$
                    + FieldChecks.shorten(variable) + "; the known ones are " //$NON-NLS-1$
                    + String.join(", ", ScanExclusions.VARIABLES)); //$NON-NLS-1$
        }
        if (file && value.indexOf('\\') < 0 && value.indexOf(':') < 0) {
            return value;
        }
        throw ApiException.invalid(field, field + " \"" + FieldChecks.shorten(value) //$NON-NLS-1$
                + "\" is not an absolute Windows path; write C:\\…, \\\\server\\share\\… or start with " //$NON-NLS-1$
                + String.join(", ", ScanExclusions.VARIABLES)); //$NON-NLS-1$
    }

    private static void checkName(String field, String value, String name, boolean wildcards) throws ApiException {
        String quoted = " \"" + FieldChecks.shorten(value) + "\" "; //$NON-NLS-1$ //$NON-NLS-2$
        if (name.isEmpty()) {
            throw ApiException.invalid(field, field + quoted + "has an empty name (two backslashes in a row)"); //$NON-NLS-1$
        }
        if (name.equals(".") || name.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw ApiException.invalid(field, field + quoted + "contains \"" + name + "\"; write the path in full"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (RESERVED.indexOf(c) >= 0 || (!wildcards && WILDCARDS.indexOf(c) >= 0)) {
                throw ApiException.invalid(field, field + quoted + "contains '" + c + "', which Windows names " //$NON-NLS-1$ //$NON-NLS-2$
                        + (WILDCARDS.indexOf(c) >= 0 ? "may hold only in the last name of a file" : "cannot hold")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (name.endsWith(" ") || name.endsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw ApiException.invalid(field,
                    field + quoted + "has a name ending in a space or dot, which Windows drops"); //$NON-NLS-1$
        }
    }

    /** @return the key under which two paths are the same path to Windows */
    static String key(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith("\\") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower; //$NON-NLS-1$
    }
}
