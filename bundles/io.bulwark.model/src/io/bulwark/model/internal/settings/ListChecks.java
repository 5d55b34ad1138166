package io.bulwark.model.internal.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** Checks shared by the lists of settings: length, entries one by one, repeated entries. */
final class ListChecks {

    private ListChecks() {
    }

    /**
     * Checks the string list {@code feature} of {@code object}: at most {@code max} entries, each passing {@code entry}
     * (which returns a message, or {@code null} if the entry is fine).
     */
    @SuppressWarnings("unchecked")
    static void strings(Problems problems, EObject object, EStructuralFeature feature, int max,
            Function<String, String> entry) {
        List<String> values = (List<String>) object.eGet(feature);
        size(problems, object, feature, values.size(), max);
        for (int i = 0; i < values.size(); i++) {
            String message = values.get(i) == null ? Messages.List_emptyEntry : entry.apply(values.get(i));
            if (message != null) {
                problems.error(object, feature, message, Integer.valueOf(i));
            }
        }
    }

    /** Reports a list longer than {@code max}. */
    static void size(Problems problems, EObject object, EStructuralFeature feature, int size, int max) {
        if (size > max) {
            problems.error(object, feature,
                    NLS.bind(Messages.List_tooLong, Integer.valueOf(max), Integer.valueOf(size)));
        }
    }

    /** Reports each entry of {@code values} that repeats an earlier one regardless of case, at the later entry. */
    static void unique(Problems problems, EObject object, EStructuralFeature feature, List<String> values) {
        unique(problems, object, feature, values, value -> value.toLowerCase(Locale.ROOT));
    }

    /** Reports each entry of {@code values} whose key repeats an earlier one's, at the later entry. */
    static void unique(Problems problems, EObject object, EStructuralFeature feature, List<String> values,
            UnaryOperator<String> key) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && seen.putIfAbsent(key.apply(value), Integer.valueOf(i)) != null) {
                problems.error(object, feature, NLS.bind(Messages.List_repeated, shorten(value)), Integer.valueOf(i));
            }
        }
    }

    /** @return the value cut to a length fit for a message */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "..."; //$NON-NLS-1$
    }
}
