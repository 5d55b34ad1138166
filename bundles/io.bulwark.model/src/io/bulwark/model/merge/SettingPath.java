package io.bulwark.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.bulwark.model.settings.PolicyGroups;

/**
 * Where a setting sits in a policy: its settings group, then the features down to the field, with the natural key of
 * each list element on the way, e.g. {@code firewall.profiles[Desktops].ipRanges[10.0.0.0/8]}. Two paths are equal when
 * they name the same field of the same element, whatever the case in which either side wrote the element's key.
 *
 * @param group
 *            the settings group, one of {@link PolicyGroups#all()}
 * @param steps
 *            the steps from the group's value down to the setting; empty for the group as a whole (set or inherited)
 */
public record SettingPath(EReference group, List<Step> steps) {

    /**
     * One step of a path: a feature, and for an element of a list that has a natural key, that element.
     *
     * @param feature
     *            the feature
     * @param key
     *            the element's natural key as compared ({@link NaturalKeys}), or {@code null} for the feature itself
     * @param label
     *            the element's key as written, for a person; {@code null} when {@code key} is
     */
    public record Step(EStructuralFeature feature, String key, String label) {

        /** Requires the feature. */
        public Step {
            Objects.requireNonNull(feature, "feature"); //$NON-NLS-1$
        }

        /** Equal when the feature and the compared key are; the label's case does not matter. */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Step other && feature == other.feature && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(feature, key);
        }
    }

    /** Requires the group; freezes the steps. */
    public SettingPath {
        Objects.requireNonNull(group, "group"); //$NON-NLS-1$
        steps = List.copyOf(steps);
    }

    /**
     * @param group
     *            a settings group
     * @return the path of the group as a whole
     */
    public static SettingPath of(EReference group) {
        return new SettingPath(group, List.of());
    }

    /**
     * @param feature
     *            a feature of the object this path names
     * @return the path of that feature
     */
    public SettingPath child(EStructuralFeature feature) {
        return with(new Step(feature, null, null));
    }

    /**
     * @param feature
     *            a list feature of the object this path names
     * @param key
     *            the element's natural key
     * @return the path of that element
     */
    public SettingPath element(EStructuralFeature feature, NaturalKeys.Key key) {
        return with(new Step(feature, key.id(), key.label()));
    }

    private SettingPath with(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new SettingPath(group, longer);
    }

    /** @return whether the path names an element of a list (added or removed as a whole) */
    public boolean isElement() {
        return !steps.isEmpty() && steps.get(steps.size() - 1).key() != null;
    }

    /** @return whether the path names a settings group as a whole (set at the scope or inherited) */
    public boolean isGroup() {
        return steps.isEmpty();
    }

    /**
     * @return the path as a person and the command line write it, with the group's name on the wire, e.g.
     *         {@code scanSettings.realTime.exclusions.folders[D:\Data]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(PolicyGroups.name(group));
        for (Step step : steps) {
            text.append('.').append(step.feature().getName());
            if (step.key() != null) {
                text.append('[').append(step.label()).append(']');
            }
        }
        return text.toString();
    }
}
