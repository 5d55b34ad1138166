package io.bulwark.core.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.SettingsFactory;

/**
 * A policy bound to no server, applied to many servers and scopes at once: it sets some settings groups, and applying
 * it to a target replaces those groups there by a three-way merge, leaving the target's other groups alone. Each target
 * keeps the base of its last apply, so that a later apply sees what others changed at that target meanwhile; a target
 * without one (the first apply) is compared in full instead.
 *
 * @param name
 *            the template's name, as the administrator gave it
 * @param settings
 *            the groups it sets; the groups it leaves out are not touched at its targets
 * @param bases
 *            the base of each target it was applied to, in target order
 */
public record PolicyTemplate(String name, Policy settings, Map<PolicyTarget, PolicyBase> bases) {

    /** Requires name and settings; freezes the bases in target order. */
    public PolicyTemplate {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        bases = Collections.unmodifiableMap(new TreeMap<>(bases));
    }

    /**
     * Makes a new template, applied nowhere yet, that sets the chosen groups as the given settings (such as a workspace
     * copy's) set them.
     *
     * @param name
     *            the template's name
     * @param from
     *            settings to take the groups from, or {@code null} for an empty template that sets nothing yet
     * @param groups
     *            the groups to take, each one of {@link PolicyGroups#all()}; those {@code from} leaves inherited are
     *            left out too
     * @return the template, its settings copies of those groups
     */
    public static PolicyTemplate of(String name, Policy from, Collection<EReference> groups) {
        Policy settings = SettingsFactory.eINSTANCE.createPolicy();
        settings.setScope(PolicyScope.TEMPLATE);
        if (from != null) {
            for (EReference group : PolicyGroups.all()) {
                EObject value = (EObject) from.eGet(group);
                if (groups.contains(group) && value != null) {
                    settings.eSet(group, EcoreUtil.copy(value));
                }
            }
        }
        return new PolicyTemplate(name, settings, Map.of());
    }

    /**
     * @param target
     *            a target
     * @param base
     *            what the target held after the template's last apply there
     * @return this template with that base
     */
    public PolicyTemplate withBase(PolicyTarget target, PolicyBase base) {
        Map<PolicyTarget, PolicyBase> changed = new TreeMap<>(bases);
        changed.put(target, base);
        return new PolicyTemplate(name, settings, changed);
    }
}
