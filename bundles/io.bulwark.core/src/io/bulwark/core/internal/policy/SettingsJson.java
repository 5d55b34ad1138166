package io.bulwark.core.internal.policy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsPackage.Literals;

/**
 * Writes settings of the model as the workspace's JSON: each object's members sorted by name, each group and field
 * under the model's feature name, enumerations as their literals, lists in the model's order, an absent group, optional
 * part or unset value left out. A policy writes only its groups (scope and version live in the file's envelope), and an
 * unload password never leaves the server: only whether one is set is written.
 */
public final class SettingsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SettingsJson() {
    }

    /**
     * @param type
     *            a settings class
     * @return the features the workspace writes and reads, sorted by name
     */
    static List<EStructuralFeature> features(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        if (type == Literals.POLICY) {
            features.addAll(PolicyGroups.all());
        } else {
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                if (!feature.isDerived() && !feature.isTransient() && !feature.isVolatile()
                        && feature != Literals.UNLOAD_PASSWORD__PASSWORD) {
                    features.add(feature);
                }
            }
        }
        features.sort(Comparator.comparing(EStructuralFeature::getName));
        return features;
    }

    /** Writes a settings object, e.g. a policy's groups. */
    static void write(JsonGenerator json, EObject object) throws IOException {
        json.writeStartObject();
        for (EStructuralFeature feature : features(object.eClass())) {
            if (feature.isUnsettable() && !object.eIsSet(feature)) {
                continue;
            }
            Object value = object.eGet(feature);
            if (value != null) {
                json.writeFieldName(feature.getName());
                writeValue(json, value);
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof EObject object) {
            write(json, object);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag.booleanValue());
        } else if (value instanceof Integer number) {
            json.writeNumber(number.intValue());
        } else if (value instanceof Enumerator literal) {
            json.writeString(literal.getLiteral());
        } else {
            json.writeString(value.toString());
        }
    }

    /**
     * @param value
     *            a setting's value as {@link io.bulwark.model.merge.SettingChange} holds it: an attribute's value, a
     *            settings object or a list
     * @param group
     *            whether the value is a whole group, so that {@code null} means inherited rather than absent
     * @return the value as compact JSON for a person, e.g. {@code "smart"} or {@code {"ipRange":"10.0.0.0/8",…}};
     *         {@code (inherited)} or {@code (none)} for {@code null}
     */
    public static String text(Object value, boolean group) {
        if (value == null) {
            return group ? Messages.SettingsJson_inherited : Messages.SettingsJson_none;
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            writeValue(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** @return whether a feature holds contained settings objects */
    static boolean isContainment(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment();
    }
}
