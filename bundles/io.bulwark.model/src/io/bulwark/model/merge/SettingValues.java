package io.bulwark.model.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Reads, copies and sets the values of settings objects the same way for comparing and merging. */
final class SettingValues {

    private SettingValues() {
    }

    /** @return the features that hold settings, in document order */
    static List<EStructuralFeature> features(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (!feature.isDerived() && !feature.isTransient() && !feature.isVolatile()) {
                features.add(feature);
            }
        }
        return features;
    }

    static boolean isSingleContainment(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment() && !reference.isMany();
    }

    /** An attribute's value, {@code null} for an absent object or an unset unsettable attribute; a reference's. */
    static Object value(EObject object, EStructuralFeature feature) {
        if (object == null || feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        return object.eGet(feature);
    }

    static EObject object(EObject object, EStructuralFeature feature) {
        return (EObject) value(object, feature);
    }

    /** A list feature's elements; empty for an absent object. */
    static List<?> list(EObject object, EStructuralFeature feature) {
        return object == null ? List.of() : (List<?>) object.eGet(feature);
    }

    /** A detached copy of a value: settings objects and lists are copied, attribute values are immutable. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof EObject object) {
            return EcoreUtil.copy(object);
        }
        if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof EObject) {
                return new ArrayList<>(EcoreUtil.copyAll((List<EObject>) list));
            }
            return new ArrayList<>(list);
        }
        return value;
    }

    /** Sets a feature of a new object to a value of {@link #copy(Object)}'s form; {@code null} unsets it. */
    @SuppressWarnings("unchecked")
    static void set(EObject target, EStructuralFeature feature, Object value) {
        if (value == null) {
            target.eUnset(feature);
        } else if (feature.isMany()) {
            List<Object> list = (List<Object>) target.eGet(feature);
            list.clear();
            list.addAll((List<Object>) copy(value));
        } else {
            target.eSet(feature, copy(value));
        }
    }
}
