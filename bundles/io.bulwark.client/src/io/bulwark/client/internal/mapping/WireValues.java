package io.bulwark.client.internal.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.osgi.util.NLS;

/**
 * Conversions between wire values and EMF values shared by the settings mappings: enumerations travel as their literal
 * (the lower-case wire value), absent booleans and numbers of a set group read as false and 0, lists never as null.
 */
final class WireValues {

    private WireValues() {
    }

    /**
     * @return the literal of {@code type} whose wire value is {@code wire}; {@code null} if {@code wire} is
     * @throws IllegalArgumentException
     *             naming the value and field if the console does not know the value
     */
    @SuppressWarnings("unchecked")
    static <T extends Enumerator> T literal(EEnum type, String wire, String field) {
        if (wire == null) {
            return null;
        }
        EEnumLiteral literal = type.getEEnumLiteralByLiteral(wire);
        if (literal == null) {
            throw new IllegalArgumentException(
                    NLS.bind(SettingsMappingMessages.SettingsMapping_unknownValue, wire, field));
        }
        return (T) literal.getInstance();
    }

    /** @return the wire value of {@code value}, or {@code null} */
    static String wire(Enumerator value) {
        return value == null ? null : value.getLiteral();
    }

    static boolean flag(Boolean value) {
        return value != null && value.booleanValue();
    }

    static int number(Integer value) {
        return value == null ? 0 : value.intValue();
    }

    /** @return a modifiable copy of {@code values}; empty for {@code null} */
    static <T> List<T> list(Collection<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
