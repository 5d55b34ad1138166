package io.bulwark.core.internal.policy;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;

/** What a template makes of a target's settings: the groups the template sets replace the target's; the rest stay. */
public final class TemplateSettings {

    private TemplateSettings() {
    }

    /**
     * @param template
     *            the template's settings
     * @param target
     *            a target's own settings
     * @return a new policy: the target's settings with the template's groups, with the target's scope and version
     */
    public static Policy onto(Policy template, Policy target) {
        Policy result = EcoreUtil.copy(target);
        for (EReference group : PolicyGroups.all()) {
            EObject value = (EObject) template.eGet(group);
            if (value != null) {
                result.eSet(group, EcoreUtil.copy(value));
            }
        }
        return result;
    }
}
