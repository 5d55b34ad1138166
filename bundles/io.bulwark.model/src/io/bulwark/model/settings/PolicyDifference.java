package io.bulwark.model.settings;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One field in which two versions of a policy differ, for a person to compare them side by side.
 *
 * @param group
 *            the settings group, one of {@link PolicyGroups#all()}
 * @param path
 *            the features from the group's value down to the field that differs; empty when one version sets the group
 *            and the other inherits it
 * @param theirs
 *            the value in the first version: an attribute's value ({@code null} when unset), a contained object or list
 *            of them, or, for an empty path, the group's value ({@code null} when inherited)
 * @param mine
 *            the value in the second version, in the same form
 */
public record PolicyDifference(EReference group, List<EStructuralFeature> path, Object theirs, Object mine) {

    /** Requires group and path; freezes the path. */
    public PolicyDifference {
        Objects.requireNonNull(group, "group"); //$NON-NLS-1$
        path = List.copyOf(path);
    }

    /** @return the field that differs, or {@code null} when the whole group differs (set in one, inherited in other) */
    public EStructuralFeature feature() {
        return path.isEmpty() ? null : path.get(path.size() - 1);
    }
}
