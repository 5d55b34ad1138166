package io.bulwark.ui.internal.settings;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import io.bulwark.model.edit.PolicyCommands;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.ui.WidgetIds;

/**
 * Builds the form of a settings object from its class: a control per attribute, chosen by the attribute's type, a
 * framed section per contained object, a list with a detail form per contained list. One builder serves every settings
 * group, so a field added to the model appears in the editors with no new code (only a label).
 */
final class FeatureForm {

    /** Contained objects a group cannot do without; the others can be added and removed. */
    private static final Set<EReference> REQUIRED = Set.of(SettingsPackage.Literals.SCAN_TYPE_SETTINGS__TARGETS,
            SettingsPackage.Literals.SCAN_TYPE_SETTINGS__ACTIONS,
            SettingsPackage.Literals.WEB_REPUTATION__INTERNAL_AGENTS,
            SettingsPackage.Literals.WEB_REPUTATION__EXTERNAL_AGENTS,
            SettingsPackage.Literals.GLOBAL_AGENT_SETTINGS__SCAN);

    private FeatureForm() {
    }

    /**
     * Adds the fields of {@code object} to {@code parent}, which gets a two-column layout (labels, controls).
     *
     * @param prefix
     *            the path of the object from the group's value, empty for the value itself
     */
    static void build(Composite parent, EObject object, String prefix, FormContext context) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        EClass type = object.eClass();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            String path = prefix.isEmpty() ? feature.getName() : prefix + '.' + feature.getName();
            if (feature instanceof EReference reference) {
                if (reference.isContainment() && reference.isMany()) {
                    context.add(ListField.create(parent, object, reference, path, context));
                } else if (reference.isContainment()) {
                    section(parent, object, reference, path, context);
                }
            } else {
                context.add(attribute(parent, object, (EAttribute) feature, path, context));
            }
        }
    }

    private static FieldBinding attribute(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        EDataType type = attribute.getEAttributeType();
        boolean flag = type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
        if (flag && !attribute.isMany() && !attribute.isUnsettable()) {
            return ChoiceFields.check(parent, object, attribute, path, context);
        }
        label(parent, attribute);
        if (attribute.isMany()) {
            return type instanceof EEnum
                    ? ChoiceFields.choiceList(parent, object, attribute, path, context)
                    : TextFields.lines(parent, object, attribute, path, context);
        }
        if (ChoiceFields.fitsRadios(attribute)) {
            return ChoiceFields.radios(parent, object, attribute, path, context);
        }
        if (flag || type instanceof EEnum) {
            return ChoiceFields.dropDown(parent, object, attribute, path, context);
        }
        return TextFields.line(parent, object, attribute, path, context);
    }

    private static void label(Composite parent, EStructuralFeature feature) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(SettingsLabels.feature(feature));
        label.setToolTipText(SettingsLabels.tooltip(feature));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
    }

    /** A contained object in a frame of its own; an optional one with a button to add or remove it. */
    private static void section(Composite parent, EObject object, EReference reference, String path,
            FormContext context) {
        Group frame = new Group(parent, SWT.NONE);
        frame.setText(SettingsLabels.feature(reference));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(frame);
        EObject value = (EObject) object.eGet(reference);
        if (value == null) {
            GridLayoutFactory.swtDefaults().applyTo(frame);
            Button add = new Button(frame, SWT.PUSH);
            add.setText(NLS.bind(Messages.FeatureForm_add, SettingsLabels.feature(reference)));
            add.setData(WidgetIds.KEY, WidgetIds.SETTINGS_ADD_PREFIX + path);
            add.setEnabled(context.editable());
            add.addListener(SWT.Selection, event -> context.execute(PolicyCommands.set(context.editingDomain(),
                    object, reference, EcoreUtil.create(reference.getEReferenceType()))));
            return;
        }
        build(frame, value, path, context);
        if (!REQUIRED.contains(reference)) {
            Button remove = new Button(frame, SWT.PUSH);
            remove.setText(NLS.bind(Messages.FeatureForm_remove, SettingsLabels.feature(reference)));
            remove.setData(WidgetIds.KEY, WidgetIds.SETTINGS_REMOVE_PREFIX + path);
            remove.setEnabled(context.editable());
            GridDataFactory.swtDefaults().span(2, 1).applyTo(remove);
            remove.addListener(SWT.Selection, event -> context
                    .execute(PolicyCommands.set(context.editingDomain(), object, reference, null)));
        }
    }
}
