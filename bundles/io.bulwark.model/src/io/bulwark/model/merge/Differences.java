package io.bulwark.model.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.model.merge.NaturalKeys.Key;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsPackage.Literals;

/** The two-way comparison: walks two versions field by field and keyed lists element by element. */
final class Differences {

    /** The path given to comparisons whose paths nobody reads ({@link #same(Object, Object)}). */
    private static final SettingPath UNREAD = SettingPath.of(Literals.POLICY__SCAN_METHOD);

    private final List<SettingChange> changes = new ArrayList<>();

    private Differences() {
    }

    static List<SettingChange> of(Policy before, Policy after) {
        Differences differences = new Differences();
        for (EReference group : PolicyGroups.all()) {
            differences.objects(SettingPath.of(group), (EObject) before.eGet(group), (EObject) after.eGet(group));
        }
        return List.copyOf(differences.changes);
    }

    /**
     * @return whether two values of the same setting are the same: settings objects compared as {@link #of} compares
     *         them (keyed lists in any order), lists without a key element by element in order, the rest by equality
     */
    @SuppressWarnings("unchecked")
    static boolean same(Object a, Object b) {
        if (a instanceof EObject objectA && b instanceof EObject objectB) {
            Differences differences = new Differences();
            differences.objects(UNREAD, objectA, objectB);
            return differences.changes.isEmpty();
        }
        if (a instanceof List<?> listA && b instanceof List<?> listB && !listA.isEmpty()
                && listA.get(0) instanceof EObject) {
            return EcoreUtil.equals((List<EObject>) listA, (List<EObject>) listB);
        }
        return Objects.equals(a, b);
    }

    private void objects(SettingPath path, EObject a, EObject b) {
        if (a == null || b == null || a.eClass() != b.eClass()) {
            if (a != b) {
                changes.add(new SettingChange(path, SettingValues.copy(a), SettingValues.copy(b)));
            }
            return;
        }
        for (EStructuralFeature feature : SettingValues.features(a.eClass())) {
            if (SettingValues.isSingleContainment(feature)) {
                objects(path.child(feature), SettingValues.object(a, feature), SettingValues.object(b, feature));
            } else if (NaturalKeys.isKeyed(feature)) {
                elements(path, feature, a, b);
            } else {
                Object valueA = SettingValues.value(a, feature);
                Object valueB = SettingValues.value(b, feature);
                if (!same(valueA, valueB)) {
                    changes.add(new SettingChange(path.child(feature), SettingValues.copy(valueA),
                            SettingValues.copy(valueB)));
                }
            }
        }
    }

    private void elements(SettingPath path, EStructuralFeature feature, EObject a, EObject b) {
        Map<Key, Object> elementsA = NaturalKeys.index(feature, SettingValues.list(a, feature));
        Map<Key, Object> elementsB = NaturalKeys.index(feature, SettingValues.list(b, feature));
        Set<Key> keys = new LinkedHashSet<>(elementsA.keySet());
        keys.addAll(elementsB.keySet());
        for (Key key : keys) {
            SettingPath elementPath = path.element(feature, key);
            Object elementA = elementsA.get(key);
            Object elementB = elementsB.get(key);
            if (feature instanceof EReference) {
                objects(elementPath, (EObject) elementA, (EObject) elementB);
            } else if (!Objects.equals(elementA, elementB)) {
                changes.add(new SettingChange(elementPath, elementA, elementB));
            }
        }
    }
}
