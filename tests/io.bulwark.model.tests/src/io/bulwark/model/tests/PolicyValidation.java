package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.Schedule;
import io.bulwark.model.settings.ScheduleFrequency;
import io.bulwark.model.settings.SettingsFactory;

/**
 * A valid root policy to break one rule at a time, and assertions that a problem names its object, field and message.
 */
abstract class PolicyValidation {

    Policy policy;

    @BeforeEach
    void startFromValidSettings() {
        policy = ValidSettings.rootPolicy();
    }

    void assertRefused(EObject object, EStructuralFeature feature, String message) {
        assertRefused(policy, object, feature, message);
    }

    void assertRefused(EObject object, EStructuralFeature feature, String message, int count) {
        List<Diagnostic> problems = problems(policy);
        assertEquals(count, problems.size(), problems::toString);
        assertProblem(problems.get(0), object, feature, message);
    }

    static void assertRefused(EObject root, EObject object, EStructuralFeature feature, String message) {
        List<Diagnostic> problems = problems(root);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.get(0), object, feature, message);
    }

    private static void assertProblem(Diagnostic problem, EObject object, EStructuralFeature feature, String message) {
        assertEquals(message, problem.getMessage());
        assertEquals(Diagnostic.ERROR, problem.getSeverity());
        assertSame(object, problem.getData().get(0), "the diagnostic names the offending object");
        assertSame(feature, problem.getData().get(1), "the diagnostic names the offending field");
    }

    static List<Diagnostic> problems(EObject root) {
        return Diagnostician.INSTANCE.validate(root).getChildren();
    }

    static Schedule schedule(ScheduleFrequency frequency, String time) {
        Schedule schedule = SettingsFactory.eINSTANCE.createSchedule();
        schedule.setFrequency(frequency);
        schedule.setTime(time);
        return schedule;
    }
}
