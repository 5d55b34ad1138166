package io.bulwark.core.internal.policy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.validation.ModelDiagnostician;

/** The model's rules for settings (the server's, in the console's words), errors only: warnings never refuse. */
public final class SettingsRules {

    private SettingsRules() {
    }

    /**
     * @param policy
     *            settings with the scope they are for
     * @return the rules they break, each a diagnostic naming the object and the field; empty if none
     */
    public static List<Diagnostic> errors(Policy policy) {
        List<Diagnostic> errors = new ArrayList<>();
        collect(ModelDiagnostician.INSTANCE.check(policy), errors);
        return errors;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> errors) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                errors.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, errors);
        }
    }
}
