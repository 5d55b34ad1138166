package io.bulwark.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.model.edit.PolicyCommands;
import io.bulwark.model.settings.EffectiveSetting;
import io.bulwark.model.settings.InheritedSettings;
import io.bulwark.ui.WidgetIds;

/**
 * The page of one settings group: where its value comes from, the one action that changes that (override an inherited
 * group, or revert it to inherited), problems that belong to no single field, and the group's form. An inherited group
 * shows the inherited value, greyed and unchangeable, until it is overridden.
 */
final class GroupPage {

    private final EReference group;
    private final PolicyWorkingCopy copy;
    private final EObject owner;
    private final FormContext context;
    private Label groupProblems;

    /**
     * Builds the page into {@code parent}, whose children are replaced.
     *
     * @param editable
     *            whether the account may change the scope's settings
     */
    GroupPage(Composite parent, EReference group, PolicyWorkingCopy copy, EObject owner, boolean editable,
            Map<String, Integer> listSelections, Runnable rebuild) {
        this.group = group;
        this.copy = copy;
        this.owner = owner;
        for (var child : parent.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.swtDefaults().applyTo(parent);
        EObject own = (EObject) copy.policy().eGet(group);
        Optional<EffectiveSetting> inherited = InheritedSettings.of(owner, group);
        EObject shown = own != null ? own : inherited.map(EffectiveSetting::value).orElse(null);
        context = new FormContext(copy.editingDomain(), editable && own != null, copy::execute, rebuild,
                listSelections);
        header(parent, own, inherited, editable);
        if (shown != null) {
            Composite form = new Composite(parent, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
            FeatureForm.build(form, shown, "", context); //$NON-NLS-1$
        }
        refresh(List.of());
    }

    private void header(Composite parent, EObject own, Optional<EffectiveSetting> inherited, boolean editable) {
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label title = new Label(header, SWT.NONE);
        title.setText(SettingsLabels.group(group));
        title.setFont(JFaceResources.getBannerFont());
        Label source = new Label(header, SWT.NONE);
        source.setText(sourceText(own, inherited));
        source.setData(WidgetIds.KEY, WidgetIds.SETTINGS_GROUP_SOURCE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(source);
        if (own == null && inherited.isPresent()) {
            source.setForeground(source.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        }
        boolean overridable = InheritedSettings.canOverride(owner, group);
        Button action = new Button(header, SWT.PUSH);
        if (own == null) {
            action.setText(Messages.GroupPage_override);
            action.setToolTipText(Messages.GroupPage_overrideTooltip);
            action.setData(WidgetIds.KEY, WidgetIds.SETTINGS_OVERRIDE);
            action.addListener(SWT.Selection, event -> copy.execute(PolicyCommands.override(copy.editingDomain(),
                    copy.policy(), group, inherited.map(EffectiveSetting::value).orElse(null))));
        } else {
            action.setText(Messages.GroupPage_revert);
            action.setToolTipText(Messages.GroupPage_revertTooltip);
            action.setData(WidgetIds.KEY, WidgetIds.SETTINGS_REVERT);
            action.addListener(SWT.Selection,
                    event -> copy.execute(PolicyCommands.revert(copy.editingDomain(), copy.policy(), group)));
        }
        action.setEnabled(editable && overridable);
        action.setVisible(overridable);
        groupProblems = new Label(parent, SWT.WRAP);
        groupProblems.setData(WidgetIds.KEY, WidgetIds.SETTINGS_GROUP_PROBLEMS);
        groupProblems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(groupProblems);
    }

    private String sourceText(EObject own, Optional<EffectiveSetting> inherited) {
        if (own != null) {
            return InheritedSettings.canOverride(owner, group)
                    ? Messages.GroupPage_setHere
                    : Messages.GroupPage_setAtRoot;
        }
        return inherited.map(setting -> NLS.bind(Messages.GroupPage_inheritedFrom,
                SettingsScopes.name(setting.owner()))).orElse(SettingsScopes.notSet(owner));
    }

    /** @return the objects the page shows, in order: when they change, the page must be built again */
    List<EObject> shape() {
        return shapeOf(group, copy, owner);
    }

    /** @return the objects a page of the group would show now */
    static List<EObject> shapeOf(EReference group, PolicyWorkingCopy copy, EObject owner) {
        EObject own = (EObject) copy.policy().eGet(group);
        EObject value = own != null
                ? own
                : InheritedSettings.of(owner, group).map(EffectiveSetting::value).orElse(null);
        List<EObject> shape = new ArrayList<>();
        if (value != null) {
            shape.add(value);
            value.eAllContents().forEachRemaining(shape::add);
        }
        return shape;
    }

    /**
     * Shows the model's values and the problems found: beside their fields, and those of this group that no field shows
     * above the form.
     */
    void refresh(List<Diagnostic> problems) {
        List<String> unplaced = new ArrayList<>();
        for (FieldBinding binding : context.bindings()) {
            binding.refresh();
            binding.showProblems(problems);
        }
        for (Diagnostic problem : problems) {
            if (problem.getSeverity() >= Diagnostic.WARNING && ProblemGroups.groupOf(problem, copy.policy()) == group
                    && context.bindings().stream().noneMatch(binding -> binding.shows(problem))) {
                unplaced.add(problem.getMessage());
            }
        }
        groupProblems.setText(String.join("\n", unplaced)); //$NON-NLS-1$
        ((GridData) groupProblems.getLayoutData()).exclude = unplaced.isEmpty();
        groupProblems.setVisible(!unplaced.isEmpty());
        groupProblems.getParent().layout(true, true);
    }

    /** Takes values typed but not yet taken into the model. */
    void commit() {
        for (FieldBinding binding : List.copyOf(context.bindings())) {
            binding.commit();
        }
    }
}
