package io.bulwark.ui.internal.details;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.settings.EffectiveSetting;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsInheritance;

/**
 * The rows of every settings group in effect at a scope: group, then each field with its value, each marked with the
 * scope the group's value comes from ("Root", "Domain X", "This agent"). A group no scope sets says so.
 */
final class SettingsRows {

    private final ModelLabels labels;

    SettingsRows(ModelLabels labels) {
        this.labels = labels;
    }

    /**
     * @param scope
     *            an agent, a domain or an agent tree (the root)
     * @return one row per settings group
     */
    List<DetailRow> of(EObject scope) {
        List<DetailRow> rows = new ArrayList<>();
        Map<EReference, EffectiveSetting> effective = effective(scope);
        for (EReference group : PolicyGroups.all()) {
            String name = labels.group(PolicyGroups.name(group));
            EffectiveSetting setting = effective.get(group);
            if (setting == null) {
                rows.add(new DetailRow(name, Messages.Details_notSet, "", List.of())); //$NON-NLS-1$
            } else {
                String source = source(setting, scope);
                rows.add(new DetailRow(name, "", source, fields(setting.value(), source))); //$NON-NLS-1$
            }
        }
        return rows;
    }

    private static Map<EReference, EffectiveSetting> effective(EObject scope) {
        if (scope instanceof Agent agent) {
            return SettingsInheritance.effective(agent);
        }
        if (scope instanceof Domain domain) {
            return SettingsInheritance.effective(domain);
        }
        Map<EReference, EffectiveSetting> root = new LinkedHashMap<>();
        for (EReference group : PolicyGroups.all()) {
            SettingsInheritance.effective((AgentTree) scope, group).ifPresent(setting -> root.put(group, setting));
        }
        return root;
    }

    /** @return "Root", "Domain X", "This agent" or "This domain": where the value in effect is set */
    static String source(EffectiveSetting setting, EObject scope) {
        EObject owner = setting.owner();
        if (owner == scope && owner instanceof Agent) {
            return Messages.Details_sourceThisAgent;
        }
        if (owner == scope && owner instanceof Domain) {
            return Messages.Details_sourceThisDomain;
        }
        if (owner instanceof Domain domain) {
            return NLS.bind(Messages.Details_sourceDomain, domain.getName());
        }
        if (owner instanceof Agent agent) {
            return NLS.bind(Messages.Details_sourceAgent, agent.getHostName());
        }
        return Messages.Details_sourceRoot;
    }

    private List<DetailRow> fields(EObject value, String source) {
        List<DetailRow> rows = new ArrayList<>();
        for (EStructuralFeature feature : value.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isUnsettable() && !value.eIsSet(feature)) {
                continue;
            }
            String label = labels.feature(feature);
            Object fieldValue = value.eGet(feature);
            if (feature instanceof EAttribute) {
                rows.add(new DetailRow(label, labels.value(fieldValue), source, List.of()));
            } else if (feature.isMany()) {
                List<?> items = (List<?>) fieldValue;
                List<DetailRow> children = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    children.add(new DetailRow(Integer.toString(i + 1), "", source, //$NON-NLS-1$
                            fields((EObject) items.get(i), source)));
                }
                rows.add(new DetailRow(label, items.isEmpty() ? Messages.Details_none : "", source, children)); //$NON-NLS-1$
            } else if (fieldValue instanceof EObject nested) {
                rows.add(new DetailRow(label, "", source, fields(nested, source))); //$NON-NLS-1$
            } else {
                rows.add(new DetailRow(label, Messages.Details_none, source, List.of()));
            }
        }
        return rows;
    }
}
