package io.bulwark.ui.internal.details;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words a person reads for the model's features and enumeration values, from {@code labels.properties} beside this
 * class ({@code Class.feature} or {@code feature}, {@code Enum.literal}); a name without a label is spelled out from
 * its camel case, so a feature added to the model shows up readable before it is translated.
 */
final class ModelLabels {

    private static final String BUNDLE = "io.bulwark.ui.internal.details.labels"; //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ResourceBundle labels;

    ModelLabels() {
        labels = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), ModelLabels.class.getClassLoader());
    }

    /** @return the label of a feature of the model */
    String feature(EStructuralFeature feature) {
        String name = feature.getName();
        return lookup(feature.getEContainingClass().getName() + '.' + name, lookup(name, spelledOut(name)));
    }

    /** @return the label of a settings group by its name on the wire, e.g. {@code scanSettings.manual} */
    String group(String wireName) {
        return lookup("group." + wireName, spelledOut(wireName)); //$NON-NLS-1$
    }

    /** @return a value of the model as a person reads it */
    String value(Object value) {
        if (value == null) {
            return Messages.Details_none;
        }
        if (value instanceof Boolean flag) {
            return flag.booleanValue() ? Messages.Details_yes : Messages.Details_no;
        }
        if (value instanceof Enumerator literal) {
            String enumName = literal instanceof EEnumLiteral eLiteral
                    ? eLiteral.getEEnum().getName()
                    : literal.getClass().getSimpleName();
            return lookup(enumName + '.' + literal.getLiteral(), spelledOut(literal.getLiteral()));
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? Messages.Details_none
                    : values.stream().map(this::value).collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        return value.toString();
    }

    private String lookup(String key, String fallback) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** {@code heartbeatIntervalMillis} → {@code Heartbeat interval millis}; {@code SMART_SCAN} → {@code Smart scan}. */
    static String spelledOut(String name) {
        StringBuilder words = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '.' || c == '-') {
                words.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(words.isEmpty() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        return words.toString();
    }
}
