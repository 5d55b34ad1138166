package io.bulwark.model.settings;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;

/**
 * What a scope would have for a group if it did not set the group itself: the value of the scope above it. This is what
 * an editor shows for an inherited group, and what "override" starts from.
 */
public final class InheritedSettings {

    private InheritedSettings() {
    }

    /**
     * @param scopeOwner
     *            an agent, a domain or the agent tree (the root) of a live tree
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return the value the scope above sets or inherits, and the policy it comes from; empty for the root, which
     *         inherits nothing, and when no scope above sets the group
     */
    public static Optional<EffectiveSetting> of(EObject scopeOwner, EReference group) {
        if (!(scopeOwner instanceof Agent) && !(scopeOwner instanceof Domain)) {
            return Optional.empty();
        }
        EObject parent = scopeOwner.eContainer();
        if (parent instanceof Domain domain) {
            return SettingsInheritance.effective(domain, group);
        }
        if (parent instanceof AgentTree tree) {
            return SettingsInheritance.effective(tree, group);
        }
        return Optional.empty();
    }

    /**
     * @param scopeOwner
     *            an agent, a domain or the agent tree
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return whether the scope may set the group itself: the root sets every group, and the global agent settings are
     *         set at the root alone
     */
    public static boolean canOverride(EObject scopeOwner, EReference group) {
        return !(scopeOwner instanceof AgentTree) && !PolicyGroups.isRootOnly(group);
    }
}
