package io.bulwark.core.internal.policy;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.SettingsPackage.Literals;

/**
 * Reads settings of the model from the workspace's JSON ({@link SettingsJson}'s form), strictly: an unknown member, a
 * value of the wrong type or an unknown literal is refused with the line it sits on. A member left out keeps the
 * model's default; {@code null} is the same as leaving it out. It remembers the line each object starts on, so that a
 * rule broken by an object can be reported at its line.
 */
final class SettingsReader {

    private final JsonParser parser;
    private final Map<EObject, Integer> lines = new IdentityHashMap<>();
    private final Map<EObject, Map<EStructuralFeature, Integer>> memberLines = new IdentityHashMap<>();

    SettingsReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * @return the line of an object's member read by this reader, else the line the object starts on, 0 if it read no
     *         such object
     */
    int line(EObject object, Object feature) {
        Map<EStructuralFeature, Integer> members = memberLines.get(object);
        Integer line = members == null ? null : members.get(feature);
        if (line == null) {
            line = lines.get(object);
        }
        return line == null ? 0 : line.intValue();
    }

    /** Reads a policy's groups; the parser stands on their object's start. */
    Policy policy() throws IOException, FormatProblem {
        return (Policy) object(Literals.POLICY);
    }

    private EObject object(EClass type) throws IOException, FormatProblem {
        expect(JsonToken.START_OBJECT, Messages.SettingsReader_objectExpected);
        EObject object = EcoreUtil.create(type);
        lines.put(object, Integer.valueOf(line()));
        Map<String, EStructuralFeature> features = new LinkedHashMap<>();
        for (EStructuralFeature feature : SettingsJson.features(type)) {
            features.put(feature.getName(), feature);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            EStructuralFeature feature = features.get(name);
            if (feature == null) {
                throw unknown(type, name, features);
            }
            memberLines.computeIfAbsent(object, key -> new IdentityHashMap<>()).put(feature,
                    Integer.valueOf(line()));
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            if (feature.isMany()) {
                expect(JsonToken.START_ARRAY, NLS.bind(Messages.SettingsReader_listExpected, name));
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) object.eGet(feature);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(element(feature));
                }
            } else {
                object.eSet(feature, element(feature));
            }
        }
        return object;
    }

    private FormatProblem unknown(EClass type, String name, Map<String, EStructuralFeature> features) {
        if (type == Literals.UNLOAD_PASSWORD && name.equals(Literals.UNLOAD_PASSWORD__PASSWORD.getName())) {
            return new FormatProblem(line(), Messages.SettingsReader_noPasswords);
        }
        return new FormatProblem(line(), NLS.bind(Messages.SettingsReader_unknownMember,
                new Object[]{name, type.getName(), String.join(", ", features.keySet())})); //$NON-NLS-1$
    }

    private Object element(EStructuralFeature feature) throws IOException, FormatProblem {
        if (SettingsJson.isContainment(feature)) {
            return object((EClass) feature.getEType());
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        String name = feature.getName();
        if (type instanceof EEnum enumeration) {
            expect(JsonToken.VALUE_STRING, NLS.bind(Messages.SettingsReader_textExpected, name));
            EEnumLiteral literal = enumeration.getEEnumLiteralByLiteral(parser.getText());
            if (literal == null) {
                throw new FormatProblem(line(), NLS.bind(Messages.SettingsReader_unknownLiteral, new Object[]{name,
                        parser.getText(), String.join(", ", enumeration.getELiterals().stream() //$NON-NLS-1$
                                .map(EEnumLiteral::getLiteral).toList())}));
            }
            return literal.getInstance();
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            if (parser.currentToken() != JsonToken.VALUE_TRUE && parser.currentToken() != JsonToken.VALUE_FALSE) {
                throw new FormatProblem(line(), NLS.bind(Messages.SettingsReader_flagExpected, name));
            }
            return Boolean.valueOf(parser.getBooleanValue());
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                    || parser.getNumberType() != JsonParser.NumberType.INT) {
                throw new FormatProblem(line(), NLS.bind(Messages.SettingsReader_numberExpected, name));
            }
            return Integer.valueOf(parser.getIntValue());
        }
        expect(JsonToken.VALUE_STRING, NLS.bind(Messages.SettingsReader_textExpected, name));
        return parser.getText();
    }

    private void expect(JsonToken token, String message) throws FormatProblem {
        if (parser.currentToken() != token) {
            throw new FormatProblem(line(), message);
        }
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }
}
