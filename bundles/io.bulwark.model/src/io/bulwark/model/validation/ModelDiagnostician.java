package io.bulwark.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.bulwark.model.ModelPackage;

/**
 * Validates a model object and everything it contains with the domain rules of {@link TreeValidator} (and, for other
 * packages, whatever validators are registered with EMF), and names objects the way a person reads them.
 * <p>
 * It uses a registry of its own that falls back to EMF's global one, so validation needs no registration at start-up
 * and does not depend on the order bundles start in.
 */
public final class ModelDiagnostician extends Diagnostician {

    /** The one instance; it keeps no state between calls. */
    public static final ModelDiagnostician INSTANCE = new ModelDiagnostician();

    private ModelDiagnostician() {
        super(registry());
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(ModelPackage.eINSTANCE, TreeValidator.INSTANCE);
        return registry;
    }

    /**
     * Validates an object and its whole content, e.g. an agent tree or the server registry.
     *
     * @param root
     *            the object to validate
     * @return the problems found, each a leaf diagnostic whose data starts with the object and the feature; none if the
     *         severity is {@link Diagnostic#OK}
     */
    public Diagnostic check(EObject root) {
        return validate(root);
    }

    /**
     * Validates an object and its whole content and returns the problems as text for a person.
     *
     * @param root
     *            the object to validate
     * @return one message per problem (errors and warnings), empty if there is none
     */
    public List<String> problems(EObject root) {
        List<String> messages = new ArrayList<>();
        collect(validate(root), messages);
        return messages;
    }

    private static void collect(Diagnostic diagnostic, List<String> messages) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                messages.add(diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, messages);
        }
    }

    @Override
    public String getObjectLabel(EObject eObject) {
        String label = ObjectLabels.of(eObject);
        return label != null ? label : super.getObjectLabel(eObject);
    }
}
