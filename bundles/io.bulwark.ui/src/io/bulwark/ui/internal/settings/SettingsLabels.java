package io.bulwark.ui.internal.settings;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsPackage;

/**
 * The words a person reads for the settings model: groups, fields and choices, from {@code labels.properties} beside
 * this class (translated like any message file). The editors are built from the model, so their labels are looked up by
 * the model's names: {@code group.<wire name>}, {@code <Class>.<feature>}, {@code <Enum>.<literal>}.
 */
public final class SettingsLabels {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle(
            "io.bulwark.ui.internal.settings.labels", Locale.getDefault(), SettingsLabels.class.getClassLoader()); //$NON-NLS-1$

    private SettingsLabels() {
    }

    /** @return the name of a settings group, e.g. "Real-time scan" */
    public static String group(EReference group) {
        return lookup("group." + PolicyGroups.name(group), group.getName()); //$NON-NLS-1$
    }

    /** @return the label of a field */
    static String feature(EStructuralFeature feature) {
        return lookup(feature.getEContainingClass().getName() + '.' + feature.getName(), feature.getName());
    }

    /** @return the tooltip of a field, or {@code null} */
    static String tooltip(EStructuralFeature feature) {
        String key = feature.getEContainingClass().getName() + '.' + feature.getName() + ".tooltip"; //$NON-NLS-1$
        return LABELS.containsKey(key) ? LABELS.getString(key) : null;
    }

    /** @return the label of a choice */
    static String literal(Enumerator literal, EStructuralFeature feature) {
        return lookup(feature.getEType().getName() + '.' + literal.getLiteral(), literal.getLiteral());
    }

    /** @return the label of a choice of an enumeration */
    static String literal(EEnumLiteral literal) {
        return lookup(literal.getEEnum().getName() + '.' + literal.getLiteral(), literal.getLiteral());
    }

    /**
     * @return a value of a field as a person reads it: yes/no, a choice's label, a list one entry after the other, a
     *         contained object as a short summary; "not set" for {@code null}
     */
    static String value(EStructuralFeature feature, Object value) {
        if (value == null) {
            return Messages.SettingsLabels_notSet;
        }
        if (feature == SettingsPackage.Literals.UNLOAD_PASSWORD__PASSWORD) {
            return Messages.SettingsLabels_newPassword;
        }
        if (value instanceof Boolean flag) {
            return flag.booleanValue() ? Messages.SettingsLabels_yes : Messages.SettingsLabels_no;
        }
        if (value instanceof Enumerator literal) {
            return literal(literal, feature);
        }
        if (value instanceof EObject object) {
            return summary(object);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return Messages.SettingsLabels_none;
            }
            return list.stream().map(element -> value(feature, element)).collect(Collectors.joining("; ")); //$NON-NLS-1$
        }
        return String.valueOf(value);
    }

    /** @return a contained object in one line: the values of its single-valued attributes */
    static String summary(EObject object) {
        String text = object.eClass().getEAllAttributes().stream()
                .filter(attribute -> !attribute.isMany() && object.eIsSet(attribute)
                        && attribute != SettingsPackage.Literals.UNLOAD_PASSWORD__PASSWORD)
                .map(attribute -> value(attribute, object.eGet(attribute))).collect(Collectors.joining(" \u00b7 ")); //$NON-NLS-1$
        return text.isEmpty() ? feature(object.eContainingFeature()) : text;
    }

    /** @return a group set in one version and inherited in another, as a person reads it */
    static String presence(Object groupValue) {
        return groupValue == null ? Messages.SettingsLabels_inherited : Messages.SettingsLabels_setHere;
    }

    /** @return where a field sits: the group, then each feature down to the field */
    static String path(EReference group, List<EStructuralFeature> path) {
        StringBuilder text = new StringBuilder(group(group));
        for (EStructuralFeature feature : path) {
            text.append(" \u203a ").append(feature(feature)); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static String lookup(String key, String name) {
        try {
            return LABELS.getString(key);
        } catch (MissingResourceException e) {
            return NLS.bind(Messages.SettingsLabels_unlabelled, name);
        }
    }
}
