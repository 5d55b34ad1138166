package io.bulwark.ui.internal.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.bulwark.model.edit.PolicyCommands;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.ui.WidgetIds;

/**
 * Fields whose value is typed: a line for a text or a number, several lines for a list of texts (one entry per line).
 * What is typed is taken into the model when the field loses the focus or Enter is pressed, as one undoable change; a
 * number that is not one is refused beside the field and changes nothing.
 */
final class TextFields {

    private static final int LIST_LINES = 4;

    private TextFields() {
    }

    /** A single line for a text or whole-number field; an empty line clears (unsets) it. */
    static FieldBinding line(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        boolean number = attribute.getEAttributeType().getInstanceClass() == int.class
                || attribute.getEAttributeType().getInstanceClass() == Integer.class;
        int style = attribute == SettingsPackage.Literals.UNLOAD_PASSWORD__PASSWORD ? SWT.PASSWORD : SWT.NONE;
        return new FieldBinding(object, attribute) {
            private Text text;

            {
                Composite cell = cell(parent, path, 1);
                text = new Text(cell, SWT.BORDER | SWT.SINGLE | style);
                text.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path);
                text.setToolTipText(SettingsLabels.tooltip(attribute));
                text.setEditable(context.editable());
                text.setEnabled(context.editable());
                GridDataFactory.fillDefaults().grab(true, false).hint(number ? 80 : 240, SWT.DEFAULT).applyTo(text);
                text.addListener(SWT.FocusOut, event -> commit());
                text.addListener(SWT.DefaultSelection, event -> commit());
            }

            @Override
            void commit() {
                if (!context.editable() || text.isDisposed() || text.getText().equals(shown())) {
                    return;
                }
                String typed = text.getText().strip();
                Object value;
                if (typed.isEmpty()) {
                    value = attribute.isUnsettable() || !number ? null : Integer.valueOf(0);
                } else if (number) {
                    try {
                        value = Integer.valueOf(typed);
                    } catch (NumberFormatException e) {
                        inputError(Messages.TextFields_notANumber);
                        return;
                    }
                } else {
                    value = typed;
                }
                clearInputError();
                context.execute(PolicyCommands.set(context.editingDomain(), object, attribute, value));
            }

            private String shown() {
                Object value = attribute.isUnsettable() && !object.eIsSet(attribute) ? null : object.eGet(attribute);
                return value == null ? "" : value.toString(); //$NON-NLS-1$
            }

            @Override
            void refresh() {
                if (!text.getText().equals(shown())) {
                    clearInputError();
                    text.setText(shown());
                }
            }
        };
    }

    /** Several lines for a list of texts, one entry per line; blank lines are dropped. */
    static FieldBinding lines(Composite parent, EObject object, EAttribute attribute, String path,
            FormContext context) {
        return new FieldBinding(object, attribute) {
            private Text text;

            {
                Composite cell = cell(parent, path, 1);
                text = new Text(cell, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
                text.setData(WidgetIds.KEY, WidgetIds.SETTINGS_FIELD_PREFIX + path);
                text.setToolTipText(SettingsLabels.tooltip(attribute));
                text.setEditable(context.editable());
                text.setEnabled(context.editable());
                GridDataFactory.fillDefaults().grab(true, false).hint(240, text.getLineHeight() * LIST_LINES)
                        .applyTo(text);
                text.addListener(SWT.FocusOut, event -> commit());
            }

            @Override
            void commit() {
                if (!context.editable() || text.isDisposed()) {
                    return;
                }
                List<String> typed = Arrays.stream(text.getText().split("\\R")).map(String::strip) //$NON-NLS-1$
                        .filter(line -> !line.isEmpty()).toList();
                if (!Objects.equals(typed, object.eGet(attribute))) {
                    context.execute(PolicyCommands.set(context.editingDomain(), object, attribute, typed));
                }
            }

            @Override
            @SuppressWarnings("unchecked")
            void refresh() {
                String shown = String.join(text.getLineDelimiter(), (List<String>) object.eGet(attribute));
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
            }
        };
    }
}
