package io.bulwark.model.internal.settings;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.bulwark.model.settings.util.SettingsValidator;

/**
 * Collects what the settings rules find in one object. Each diagnostic carries, as EMF's own validators do, the
 * offending object and feature as its first two data items (then, for a list entry, the entry's index, or another
 * object the message names), so that an editor can show it beside the field.
 */
final class Problems {

    /** Diagnostic code of a rule the server enforces too: it would refuse the settings. */
    static final int REFUSED = 1;

    /** Diagnostic code of something the server accepts but warns about. */
    static final int WARNED = 2;

    private final DiagnosticChain diagnostics;
    private boolean valid = true;

    Problems(DiagnosticChain diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports an error on {@code feature} of {@code object}; {@code more} are further data items. */
    void error(EObject object, EStructuralFeature feature, String message, Object... more) {
        valid = false;
        add(Diagnostic.ERROR, REFUSED, object, feature, message, more);
    }

    /** Reports a warning on {@code feature} of {@code object}; {@code more} are further data items. */
    void warning(EObject object, EStructuralFeature feature, String message, Object... more) {
        add(Diagnostic.WARNING, WARNED, object, feature, message, more);
    }

    /** @return whether no error was reported (warnings do not make the object invalid) */
    boolean valid() {
        return valid;
    }

    private void add(int severity, int code, EObject object, EStructuralFeature feature, String message,
            Object[] more) {
        if (diagnostics == null) {
            return;
        }
        Object[] data = new Object[2 + more.length];
        data[0] = object;
        data[1] = feature;
        System.arraycopy(more, 0, data, 2, more.length);
        diagnostics.add(new BasicDiagnostic(severity, SettingsValidator.DIAGNOSTIC_SOURCE, code, message, data));
    }
}
