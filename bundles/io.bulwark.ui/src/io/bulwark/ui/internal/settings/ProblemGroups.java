package io.bulwark.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.bulwark.model.settings.Policy;

/** Sorts the problems the validators find in a policy by the settings group they belong to. */
final class ProblemGroups {

    private ProblemGroups() {
    }

    /** @return the leaf problems of a validation, errors and warnings, in the order found */
    static List<Diagnostic> leaves(Diagnostic diagnostic) {
        List<Diagnostic> leaves = new ArrayList<>();
        collect(diagnostic, leaves);
        return leaves;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                leaves.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, leaves);
        }
    }

    /** @return the group of the policy the problem's object lies in, or {@code null} for the policy itself */
    static EReference groupOf(Diagnostic problem, Policy policy) {
        if (problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject object)) {
            return null;
        }
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at.eContainer() == policy) {
                return at.eContainmentFeature();
            }
        }
        return null;
    }

    /** @return how many of the problems are errors */
    static long errors(List<Diagnostic> problems) {
        return problems.stream().filter(problem -> problem.getSeverity() == Diagnostic.ERROR).count();
    }
}
