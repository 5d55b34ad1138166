package io.bulwark.server.internal.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.protocol.settings.SettingsSyntax.NameProblem;
import io.bulwark.server.internal.http.ApiException;

/**
 * The checks every settings field goes through, each naming the field's full path (e.g.
 * {@code scanSettings.realTime.exclusions.folders[2]}) in the {@code invalid_field} error it raises.
 */
final class FieldChecks {

    /**
     * Checks one value and returns it in stored form.
     *
     * @param <T>
     *            the value's type
     */
    @FunctionalInterface
    interface Check<T> {
        /**
         * @param field
         *            the value's path
         * @param value
         *            the value, not {@code null}
         * @return the value in stored form
         * @throws ApiException
         *             400 naming {@code field} if it is not accepted
         */
        T apply(String field, T value) throws ApiException;
    }

    private FieldChecks() {
    }

    static <T> T required(String field, T value) throws ApiException {
        if (value == null) {
            throw ApiException.invalid(field, field + " is required"); //$NON-NLS-1$
        }
        return value;
    }

    static void absent(String field, Object value, String why) throws ApiException {
        if (value != null) {
            throw ApiException.invalid(field, field + " must be absent: " + why); //$NON-NLS-1$
        }
    }

    static String oneOf(String field, String value, List<String> accepted) throws ApiException {
        required(field, value);
        if (!accepted.contains(value)) {
            throw ApiException.invalid(field, field + " must be one of " + String.join(", ", accepted) + "; was \"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + shorten(value) + "\""); //$NON-NLS-1$
        }
        return value;
    }

    static Integer range(String field, Integer value, int min, int max) throws ApiException {
        required(field, value);
        if (value.intValue() < min || value.intValue() > max) {
            throw ApiException.invalid(field, field + " must be from " + min + " to " + max + "; was " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return value;
    }

    /**
     * A name a person gives: not blank, no leading or trailing spaces, no control characters, at most {@code max}
     * characters.
     */
    static String name(String field, String value, int max) throws ApiException {
        required(field, value);
        NameProblem problem = SettingsSyntax.nameProblem(value, max);
        if (problem == null) {
            return value;
        }
        throw ApiException.invalid(field, field + switch (problem) {
            case BLANK -> " must not be empty"; //$NON-NLS-1$
            case TOO_LONG -> " has at most " + max + " characters; has " + value.length(); //$NON-NLS-1$ //$NON-NLS-2$
            case SPACES -> " must not start or end with spaces"; //$NON-NLS-1$
            case CONTROL_CHARACTER -> " must not contain control characters"; //$NON-NLS-1$
        });
    }

    /**
     * Checks a list: absent is empty, at most {@code max} entries, none {@code null}, each passing {@code check}.
     *
     * @return the checked entries, never {@code null}
     */
    static <T> List<T> each(String field, List<T> values, int max, Check<T> check) throws ApiException {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw ApiException.invalid(field, field + " has at most " + max + " entries; has " + values.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<T> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String entry = field + "[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            checked.add(check.apply(entry, required(entry, values.get(i))));
        }
        return List.copyOf(checked);
    }

    /** Refuses a list in which two entries are equal regardless of case, naming the later one. */
    static void unique(String field, List<String> values) throws ApiException {
        unique(field, values, value -> value.toLowerCase(Locale.ROOT));
    }

    /** Refuses a list in which two entries have the same key, naming the later one. */
    static void unique(String field, List<String> values, UnaryOperator<String> key) throws ApiException {
        unique(field, "", values, key); //$NON-NLS-1$
    }

    /**
     * Refuses a list of records in which two have the same {@code member} regardless of case, naming the later one,
     * e.g. {@code firewall.policies[3].name}.
     */
    static void uniqueMember(String field, String member, List<String> values) throws ApiException {
        unique(field, "." + member, values, value -> value.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
    }

    private static void unique(String field, String member, List<String> values, UnaryOperator<String> key)
            throws ApiException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer first = seen.putIfAbsent(key.apply(values.get(i)), Integer.valueOf(i));
            if (first != null) {
                String later = field + "[" + i + "]" + member; //$NON-NLS-1$ //$NON-NLS-2$
                throw ApiException.invalid(later, later + " repeats " + field + "[" + first + "]" + member + " (\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        + shorten(values.get(i)) + "\"; case does not matter)"); //$NON-NLS-1$
            }
        }
    }

    /** Requires an empty list, e.g. extensions when all files are scanned. */
    static void empty(String field, List<?> values, String why) throws ApiException {
        if (!values.isEmpty()) {
            throw ApiException.invalid(field, field + " must be empty: " + why); //$NON-NLS-1$
        }
    }

    /** Requires a non-empty list. */
    static void notEmpty(String field, List<?> values, String why) throws ApiException {
        if (values.isEmpty()) {
            throw ApiException.invalid(field, field + " must not be empty: " + why); //$NON-NLS-1$
        }
    }

    /** @return the value cut to a length fit for an error message */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "..."; //$NON-NLS-1$
    }
}
