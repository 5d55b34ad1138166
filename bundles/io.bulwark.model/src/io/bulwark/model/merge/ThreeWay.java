package io.bulwark.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.model.merge.NaturalKeys.Key;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsFactory;

/**
 * One run of the three-way merge: builds the merged policy from new objects and records what each side changed and
 * where they conflict. Where both sides hold an object of the same kind it descends into its fields, so two changes to
 * different fields of one group never conflict; a list with natural keys is merged element by element.
 */
final class ThreeWay {

    private final Function<SettingConflict, MergeSide> choices;
    final List<SettingChange> yours = new ArrayList<>();
    final List<SettingChange> theirs = new ArrayList<>();
    final List<SettingConflict> conflicts = new ArrayList<>();

    /**
     * @param choices
     *            the side each conflict takes in the merged policy
     */
    ThreeWay(Function<SettingConflict, MergeSide> choices) {
        this.choices = choices;
    }

    Policy merge(Policy base, Policy mine, Policy their) {
        Policy result = SettingsFactory.eINSTANCE.createPolicy();
        result.setScope(their.getScope());
        result.setVersion(their.getVersion());
        for (EReference group : PolicyGroups.all()) {
            result.eSet(group, object(SettingPath.of(group), (EObject) base.eGet(group), (EObject) mine.eGet(group),
                    (EObject) their.eGet(group)));
        }
        return result;
    }

    private EObject object(SettingPath path, EObject base, EObject mine, EObject their) {
        boolean descend = mine != null && their != null && mine.eClass() == their.eClass()
                && (base == null || base.eClass() == mine.eClass());
        if (!descend) {
            return (EObject) decide(path, base, mine, their);
        }
        EObject result = EcoreUtil.create(mine.eClass());
        for (EStructuralFeature feature : SettingValues.features(mine.eClass())) {
            if (SettingValues.isSingleContainment(feature)) {
                result.eSet(feature, object(path.child(feature), SettingValues.object(base, feature),
                        SettingValues.object(mine, feature), SettingValues.object(their, feature)));
            } else if (NaturalKeys.isKeyed(feature)) {
                SettingValues.set(result, feature, elements(path, feature, base, mine, their));
            } else {
                SettingValues.set(result, feature, decide(path.child(feature), SettingValues.value(base, feature),
                        SettingValues.value(mine, feature), SettingValues.value(their, feature)));
            }
        }
        return result;
    }

    private List<Object> elements(SettingPath path, EStructuralFeature feature, EObject base, EObject mine,
            EObject their) {
        Map<Key, Object> baseElements = NaturalKeys.index(feature, SettingValues.list(base, feature));
        Map<Key, Object> myElements = NaturalKeys.index(feature, SettingValues.list(mine, feature));
        Map<Key, Object> theirElements = NaturalKeys.index(feature, SettingValues.list(their, feature));
        List<Object> merged = new ArrayList<>();
        for (Key key : order(baseElements, myElements, theirElements)) {
            SettingPath elementPath = path.element(feature, key);
            Object element = feature instanceof EReference
                    ? object(elementPath, (EObject) baseElements.get(key), (EObject) myElements.get(key),
                            (EObject) theirElements.get(key))
                    : decide(elementPath, baseElements.get(key), myElements.get(key), theirElements.get(key));
            if (element != null) {
                merged.add(element);
            }
        }
        return merged;
    }

    /**
     * The server's order, with each element only the workspace has placed after the element it follows there, and
     * elements only the base still has (which a conflict's choice may keep) at the end.
     */
    private static List<Key> order(Map<Key, Object> base, Map<Key, Object> mine, Map<Key, Object> their) {
        List<Key> order = new ArrayList<>(their.keySet());
        Key previous = null;
        for (Key key : mine.keySet()) {
            if (!order.contains(key)) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, key);
            }
            previous = key;
        }
        for (Key key : base.keySet()) {
            if (!order.contains(key)) {
                order.add(key);
            }
        }
        return order;
    }

    /** Decides one value as a whole: the side that changed it, the common value, or the administrator's choice. */
    private Object decide(SettingPath path, Object base, Object mine, Object their) {
        if (Differences.same(mine, base)) {
            if (!Differences.same(their, base)) {
                theirs.add(new SettingChange(path, SettingValues.copy(base), SettingValues.copy(their)));
            }
            return SettingValues.copy(their);
        }
        if (Differences.same(their, base)) {
            yours.add(new SettingChange(path, SettingValues.copy(base), SettingValues.copy(mine)));
            return SettingValues.copy(mine);
        }
        if (Differences.same(mine, their)) {
            return SettingValues.copy(mine);
        }
        SettingConflict conflict = new SettingConflict(path, SettingValues.copy(base), SettingValues.copy(their),
                SettingValues.copy(mine));
        conflicts.add(conflict);
        return SettingValues.copy(conflict.value(choices.apply(conflict)));
    }
}
