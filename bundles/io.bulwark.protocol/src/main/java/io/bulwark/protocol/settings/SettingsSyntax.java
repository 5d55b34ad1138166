package io.bulwark.protocol.settings;

import java.util.regex.Pattern;

/**
 * The syntax of the plain values in settings that are not network values or Windows paths: the names of firewall
 * policies and profiles, file extensions and times of day. See {@link NetworkSyntax} and {@link WindowsPaths} for the
 * others.
 * <p>
 * Shared by the server and the console; each words the reason it is given in its own way.
 */
public final class SettingsSyntax {

    /** The longest name of a firewall policy or profile. */
    public static final int MAX_NAME = 64;

    /** Why a name is refused. */
    public enum NameProblem {
        /** Absent, empty or only spaces. */
        BLANK,
        /** Longer than the limit. */
        TOO_LONG,
        /** Starts or ends with spaces. */
        SPACES,
        /** Holds a control character. */
        CONTROL_CHARACTER
    }

    /** Why a file extension is refused. */
    public enum ExtensionProblem {
        /** Written with its leading dot. */
        LEADING_DOT,
        /** Not 1 to 16 letters, digits or characters Windows allows in names ({@code *} and {@code ?} as wildcards). */
        INVALID
    }

    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9_$~#!&'(){}^@%+=*?-]{1,16}"); //$NON-NLS-1$
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]"); //$NON-NLS-1$

    private SettingsSyntax() {
    }

    /**
     * A name a person gives: not blank, at most {@code max} characters, no leading or trailing spaces, no control
     * characters.
     *
     * @param name
     *            the name, or {@code null}
     * @param max
     *            the most characters it may have
     * @return why it is refused (the first reason found, in the order of {@link NameProblem}), or {@code null}
     */
    public static NameProblem nameProblem(String name, int max) {
        if (name == null || name.isBlank()) {
            return NameProblem.BLANK;
        }
        if (name.length() > max) {
            return NameProblem.TOO_LONG;
        }
        if (!name.strip().equals(name)) {
            return NameProblem.SPACES;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return NameProblem.CONTROL_CHARACTER;
        }
        return null;
    }

    /**
     * @param extension
     *            a file extension as written in scan targets or exclusions
     * @return why it is refused, or {@code null}
     */
    public static ExtensionProblem extensionProblem(String extension) {
        if (extension.startsWith(".")) { //$NON-NLS-1$
            return ExtensionProblem.LEADING_DOT;
        }
        return EXTENSION.matcher(extension).matches() ? null : ExtensionProblem.INVALID;
    }

    /**
     * @param time
     *            a schedule's time as written
     * @return whether it is {@code HH:mm} on a 24-hour clock
     */
    public static boolean isTimeOfDay(String time) {
        return TIME_OF_DAY.matcher(time).matches();
    }
}
