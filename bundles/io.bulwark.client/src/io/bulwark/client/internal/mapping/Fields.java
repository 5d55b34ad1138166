package io.bulwark.client.internal.mapping;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Sets a model value only when it differs, so that applying a server's unchanged data again sends no notifications and
 * viewers bound to the model redraw only what changed.
 */
final class Fields {

    private Fields() {
    }

    /**
     * @param object
     *            a model object
     * @param feature
     *            one of its single-valued features
     * @param value
     *            the value the server reports
     */
    static void update(EObject object, EStructuralFeature feature, Object value) {
        if (!Objects.equals(object.eGet(feature), value)) {
            object.eSet(feature, value);
        }
    }
}
