package io.bulwark.model.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Compares two versions of a policy field by field, and re-applies one person's changes onto a version someone else
 * saved meanwhile. Scope and version are not compared: they say where and when, not what.
 */
public final class PolicyComparison {

    private PolicyComparison() {
    }

    /**
     * @param theirs
     *            one version, e.g. what the server holds now
     * @param mine
     *            the other, e.g. what the editor holds
     * @return every field that differs, group by group in document order; a list of contained objects (update sources,
     *         firewall policies) that differs is one difference
     */
    public static List<PolicyDifference> differences(Policy theirs, Policy mine) {
        List<PolicyDifference> differences = new ArrayList<>();
        for (EReference group : PolicyGroups.all()) {
            EObject their = (EObject) theirs.eGet(group);
            EObject my = (EObject) mine.eGet(group);
            if (their == null || my == null) {
                if (their != my) {
                    differences.add(new PolicyDifference(group, List.of(), their, my));
                }
            } else {
                compare(group, new ArrayList<>(), their, my, differences);
            }
        }
        return differences;
    }

    private static void compare(EReference group, List<EStructuralFeature> path, EObject theirs, EObject mine,
            List<PolicyDifference> differences) {
        for (EStructuralFeature feature : mine.eClass().getEAllStructuralFeatures()) {
            Object their = value(theirs, feature);
            Object my = value(mine, feature);
            if (same(their, my)) {
                continue;
            }
            path.add(feature);
            if (feature instanceof EReference reference && reference.isContainment() && !reference.isMany()
                    && their != null && my != null) {
                compare(group, path, (EObject) their, (EObject) my, differences);
            } else {
                differences.add(new PolicyDifference(group, path, their, my));
            }
            path.remove(path.size() - 1);
        }
    }

    /**
     * A three-way merge at field level: starts from {@code theirs} and, for every field {@code mine} changed relative
     * to {@code base}, takes mine's value. Where both changed the same field, mine wins; fields only they changed keep
     * their value.
     *
     * @param base
     *            the version both started from
     * @param mine
     *            my version
     * @param theirs
     *            their version
     * @return a new policy: their version with my changes, with theirs's scope and version
     */
    public static Policy reapply(Policy base, Policy mine, Policy theirs) {
        Policy result = EcoreUtil.copy(theirs);
        for (EReference group : PolicyGroups.all()) {
            EObject before = (EObject) base.eGet(group);
            EObject my = (EObject) mine.eGet(group);
            if (same(before, my)) {
                continue;
            }
            EObject their = (EObject) result.eGet(group);
            if (before == null || my == null || their == null || same(before, their)) {
                result.eSet(group, my == null ? null : EcoreUtil.copy(my));
            } else {
                merge(their, before, my);
            }
        }
        return result;
    }

    private static void merge(EObject target, EObject base, EObject mine) {
        for (EStructuralFeature feature : mine.eClass().getEAllStructuralFeatures()) {
            Object before = value(base, feature);
            Object my = value(mine, feature);
            if (same(before, my)) {
                continue;
            }
            Object their = value(target, feature);
            if (feature instanceof EReference reference && reference.isContainment() && !reference.isMany()
                    && before != null && my != null && their != null) {
                merge((EObject) their, (EObject) before, (EObject) my);
            } else {
                copyValue(mine, target, feature);
            }
        }
    }

    private static void copyValue(EObject from, EObject to, EStructuralFeature feature) {
        if (!from.eIsSet(feature)) {
            to.eUnset(feature);
            return;
        }
        Object value = from.eGet(feature);
        if (feature instanceof EReference reference && reference.isContainment()) {
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> copies = new ArrayList<>(EcoreUtil.copyAll((List<EObject>) value));
                to.eSet(feature, copies);
            } else {
                to.eSet(feature, EcoreUtil.copy((EObject) value));
            }
        } else {
            to.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
        }
    }

    /** An attribute's value, {@code null} for an unset unsettable one; a reference's target or list. */
    private static Object value(EObject object, EStructuralFeature feature) {
        if (object == null || feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        return object.eGet(feature);
    }

    @SuppressWarnings("unchecked")
    private static boolean same(Object a, Object b) {
        if (a instanceof EObject objectA && b instanceof EObject objectB) {
            return EcoreUtil.equals(objectA, objectB);
        }
        if (a instanceof List<?> listA && b instanceof List<?> listB && !listA.isEmpty()
                && listA.get(0) instanceof EObject) {
            return EcoreUtil.equals((List<EObject>) listA, (List<EObject>) listB);
        }
        return Objects.equals(a, b);
    }
}
