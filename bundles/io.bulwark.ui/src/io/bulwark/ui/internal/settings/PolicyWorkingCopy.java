package io.bulwark.ui.internal.settings;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import io.bulwark.model.edit.ModelEditing;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;

/**
 * The copy of a scope's policy an editor changes, apart from the live model until it is saved: its own resource and
 * editing domain, so that every change is a command that can be undone and redone, and undoing in one editor never
 * touches another. Remembers the version it is based on (sent as {@code If-Match}) and the content of that version, the
 * base of a three-way merge when someone else saved meanwhile.
 */
final class PolicyWorkingCopy {

    private static final URI URI_OF_COPY = URI.createURI("bulwark-settings:/working-copy"); //$NON-NLS-1$

    private final AdapterFactoryEditingDomain editingDomain;
    private final Policy policy;
    private Policy base;
    private boolean changedOutsideCommands;

    /**
     * @param source
     *            the scope's policy as the server holds it; copied
     */
    PolicyWorkingCopy(Policy source) {
        editingDomain = ModelEditing.createEditingDomain(new ResourceSetImpl());
        policy = EcoreUtil.copy(source);
        Resource resource = new ResourceImpl(URI_OF_COPY);
        resource.getContents().add(policy);
        editingDomain.getResourceSet().getResources().add(resource);
        base = EcoreUtil.copy(source);
    }

    AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    CommandStack commandStack() {
        return editingDomain.getCommandStack();
    }

    /** @return the policy being edited */
    Policy policy() {
        return policy;
    }

    /** @return the version as last read or saved, which the edits are based on */
    Policy base() {
        return base;
    }

    void execute(Command command) {
        commandStack().execute(command);
    }

    /** @return whether there are changes not saved */
    boolean isDirty() {
        return changedOutsideCommands || ((BasicCommandStack) commandStack()).isSaveNeeded();
    }

    /** @return the problems the model's validators find: errors refuse a save, warnings do not */
    Diagnostic validate() {
        return Diagnostician.INSTANCE.validate(policy);
    }

    /** @return a copy of what is edited, to save in the background */
    Policy snapshot() {
        return EcoreUtil.copy(policy);
    }

    /**
     * The changes were saved as {@code stored}: it is the new base, and the copy is clean.
     */
    void saved(Policy stored) {
        policy.setVersion(stored.getVersion());
        base = EcoreUtil.copy(stored);
        changedOutsideCommands = false;
        ((BasicCommandStack) commandStack()).saveIsDone();
    }

    /**
     * Replaces what is edited, e.g. by the server's version after a conflict; the undo history is dropped, since it
     * belongs to content that is gone.
     *
     * @param content
     *            the new content, copied
     * @param newBase
     *            the version it is based on from now on
     * @param dirty
     *            whether the new content is a change still to save
     */
    void replace(Policy content, Policy newBase, boolean dirty) {
        for (EReference group : PolicyGroups.all()) {
            EObject value = (EObject) content.eGet(group);
            policy.eSet(group, value == null ? null : EcoreUtil.copy(value));
        }
        policy.setVersion(newBase.getVersion());
        base = EcoreUtil.copy(newBase);
        commandStack().flush();
        ((BasicCommandStack) commandStack()).saveIsDone();
        changedOutsideCommands = dirty;
    }
}
