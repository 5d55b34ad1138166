package io.bulwark.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.model.edit.PolicyCommands;
import io.bulwark.ui.WidgetIds;

/**
 * Fields whose value is picked, not typed: a check box for a yes/no field, radio buttons for a field with a few
 * choices, a drop-down for one with many or one that may be left unset, check boxes for a list of choices.
 */
final class ChoiceFields {

    /** Fields with at most this many choices show them all as radio buttons. */
    private static final int MAX_RADIOS = 4;

    private ChoiceFields() {
    }

    /** A yes/no field that is always set: one check box labelled with the field. */
    static FieldBinding check(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        return new FieldBinding(object, attribute) {
            private Button button;

            {
                Composite cell = cell(parent, path, 2);
                button = new Button(cell, SWT.CHECK);
                button.setText(SettingsLabels.feature(attribute));
                button.setToolTipText(SettingsLabels.tooltip(attribute));
                button.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path);
                button.setEnabled(context.editable());
                button.addListener(SWT.Selection, event -> context.execute(PolicyCommands.set(
                        context.editingDomain(), object, attribute, Boolean.valueOf(button.getSelection()))));
            }

            @Override
            void refresh() {
                button.setSelection(Boolean.TRUE.equals(object.eGet(attribute)));
            }
        };
    }

    /** A field with a few choices that is always set: one radio button per choice. */
    static boolean fitsRadios(EAttribute attribute) {
        return attribute.getEAttributeType() instanceof EEnum type && !attribute.isUnsettable()
                && type.getELiterals().size() <= MAX_RADIOS;
    }

    /** Radio buttons, one per choice, in a row. */
    static FieldBinding radios(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        EEnum type = (EEnum) attribute.getEAttributeType();
        return new FieldBinding(object, attribute) {
            private final List<Button> buttons = new ArrayList<>();

            {
                Composite cell = cell(parent, path, 1);
                GridLayoutFactory.fillDefaults().numColumns(type.getELiterals().size()).applyTo(cell);
                for (EEnumLiteral literal : type.getELiterals()) {
                    Button button = new Button(cell, SWT.RADIO);
                    button.setText(SettingsLabels.literal(literal));
                    button.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path + '.' + literal.getLiteral());
                    button.setData(literal.getInstance());
                    button.setEnabled(context.editable());
                    button.addListener(SWT.Selection, event -> {
                        if (button.getSelection()) {
                            context.execute(PolicyCommands.set(context.editingDomain(), object, attribute,
                                    literal.getInstance()));
                        }
                    });
                    buttons.add(button);
                }
            }

            @Override
            void refresh() {
                Object value = object.eGet(attribute);
                for (Button button : buttons) {
                    button.setSelection(button.getData() == value);
                }
            }
        };
    }

    /**
     * A drop-down of the choices of an enumeration or yes/no; an unsettable field's first entry leaves it unset.
     */
    static FieldBinding dropDown(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        List<Object> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (attribute.isUnsettable()) {
            values.add(null);
            texts.add(Messages.SettingsLabels_notSet);
        }
        if (attribute.getEAttributeType() instanceof EEnum type) {
            for (EEnumLiteral literal : type.getELiterals()) {
                values.add(literal.getInstance());
                texts.add(SettingsLabels.literal(literal));
            }
        } else {
            values.add(Boolean.TRUE);
            texts.add(Messages.SettingsLabels_yes);
            values.add(Boolean.FALSE);
            texts.add(Messages.SettingsLabels_no);
        }
        return new FieldBinding(object, attribute) {
            private Combo combo;

            {
                Composite cell = cell(parent, path, 1);
                combo = new Combo(cell, SWT.READ_ONLY | SWT.DROP_DOWN);
                combo.setItems(texts.toArray(String[]::new));
                combo.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path);
                combo.setEnabled(context.editable());
                combo.addListener(SWT.Selection, event -> {
                    int index = combo.getSelectionIndex();
                    if (index >= 0) {
                        context.execute(
                                PolicyCommands.set(context.editingDomain(), object, attribute, values.get(index)));
                    }
                });
            }

            @Override
            void refresh() {
                Object value = attribute.isUnsettable() && !object.eIsSet(attribute) ? null : object.eGet(attribute);
                combo.select(values.indexOf(value));
            }
        };
    }

    /** A list of choices (e.g. platforms): one check box per choice, in a row. */
    static FieldBinding choiceList(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        EEnum type = (EEnum) attribute.getEAttributeType();
        return new FieldBinding(object, attribute) {
            private final List<Button> buttons = new ArrayList<>();

            {
                Composite cell = cell(parent, path, 1);
                GridLayoutFactory.fillDefaults().numColumns(type.getELiterals().size()).applyTo(cell);
                for (EEnumLiteral literal : type.getELiterals()) {
                    Button button = new Button(cell, SWT.CHECK);
                    button.setText(SettingsLabels.literal(literal));
                    button.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path + '.' + literal.getLiteral());
                    button.setData(literal.getInstance());
                    button.setEnabled(context.editable());
                    button.addListener(SWT.Selection, event -> context.execute(PolicyCommands
                            .set(context.editingDomain(), object, attribute, chosen())));
                    buttons.add(button);
                }
            }

            private List<Enumerator> chosen() {
                return buttons.stream().filter(Button::getSelection).map(button -> (Enumerator) button.getData())
                        .toList();
            }

            @Override
            void refresh() {
                List<?> value = (List<?>) object.eGet(attribute);
                for (Button button : buttons) {
                    button.setSelection(value.contains(button.getData()));
                }
            }
        };
    }
}
