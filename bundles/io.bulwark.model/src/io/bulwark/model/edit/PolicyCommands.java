package io.bulwark.model.edit;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;

/**
 * Commands for editing a policy, each one undoable step: override a group (the scope sets it, starting from what it
 * inherited), revert a group to inherited, and set a field, where clearing an optional field unsets it.
 */
public final class PolicyCommands {

    private PolicyCommands() {
    }

    /**
     * @param editingDomain
     *            the editing domain of the policy
     * @param policy
     *            the policy being edited
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @param inherited
     *            the value the scope inherits, copied as the starting point; {@code null} to start from an empty value
     * @return a command that makes the policy set the group; unexecutable if it sets it already
     */
    public static Command override(EditingDomain editingDomain, Policy policy, EReference group, EObject inherited) {
        PolicyGroups.name(group);
        if (policy.eGet(group) != null) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject value = inherited == null ? EcoreUtil.create(group.getEReferenceType()) : EcoreUtil.copy(inherited);
        return SetCommand.create(editingDomain, policy, group, value);
    }

    /**
     * @param editingDomain
     *            the editing domain of the policy
     * @param policy
     *            the policy being edited
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return a command that makes the policy inherit the group again, dropping its own value; unexecutable if it
     *         inherits it already
     */
    public static Command revert(EditingDomain editingDomain, Policy policy, EReference group) {
        PolicyGroups.name(group);
        if (policy.eGet(group) == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(editingDomain, policy, group, null);
    }

    /**
     * @param editingDomain
     *            the editing domain of the object
     * @param object
     *            an object of a policy
     * @param feature
     *            one of its features
     * @param value
     *            the new value: for a many-valued feature a list, which replaces the current one; {@code null} unsets
     *            an unsettable feature
     * @return a command that sets the feature; unexecutable if the value is the current one
     */
    public static Command set(EditingDomain editingDomain, EObject object, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            List<?> current = (List<?>) object.eGet(feature);
            return current.equals(value)
                    ? UnexecutableCommand.INSTANCE
                    : SetCommand.create(editingDomain, object, feature, value);
        }
        if (value == null && feature.isUnsettable()) {
            return object.eIsSet(feature)
                    ? SetCommand.create(editingDomain, object, feature, SetCommand.UNSET_VALUE)
                    : UnexecutableCommand.INSTANCE;
        }
        boolean same = (object.eIsSet(feature) || !feature.isUnsettable())
                && Objects.equals(object.eGet(feature), value);
        return same ? UnexecutableCommand.INSTANCE : SetCommand.create(editingDomain, object, feature, value);
    }
}
