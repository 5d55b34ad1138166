package io.bulwark.ui.internal.settings;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.ui.WidgetIds;

/**
 * One field of a settings page: the controls that show a feature of a model object, and the message beside them that
 * says what is wrong with its value (a rule of the model's validators, or input that is not a value at all).
 */
abstract class FieldBinding {

    private final EObject object;
    private final EStructuralFeature feature;
    private Label message;
    private String inputError;

    FieldBinding(EObject object, EStructuralFeature feature) {
        this.object = object;
        this.feature = feature;
    }

    final EObject object() {
        return object;
    }

    final EStructuralFeature feature() {
        return feature;
    }

    /**
     * Creates the cell that holds a field's controls above its message.
     *
     * @return the composite for the controls, in a column
     */
    final Composite cell(Composite parent, String path, int horizontalSpan) {
        Composite cell = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
        GridDataFactory.fillDefaults().grab(true, false).span(horizontalSpan, 1).applyTo(cell);
        Composite controls = new Composite(cell, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(controls);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
        message = new Label(cell, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.SETTINGS_MESSAGE_PREFIX + path);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
        message.setVisible(false);
        return controls;
    }

    /** Shows the model's value in the controls. */
    abstract void refresh();

    /** Puts a value typed but not yet taken into the model, e.g. before saving. */
    void commit() {
    }

    /** Input that is no value of the field: shown until the next value is taken; the model is unchanged. */
    final void inputError(String text) {
        inputError = text;
        show(text, true);
    }

    final void clearInputError() {
        inputError = null;
    }

    /**
     * Shows the first error the validators found in this field, else the first warning, else nothing.
     *
     * @param problems
     *            the problems found in the whole policy
     */
    final void showProblems(List<Diagnostic> problems) {
        if (inputError != null) {
            return;
        }
        Diagnostic shown = null;
        for (Diagnostic problem : problems) {
            List<?> data = problem.getData();
            if (data.size() >= 2 && data.get(0) == object && data.get(1) == feature
                    && (shown == null || problem.getSeverity() > shown.getSeverity())) {
                shown = problem;
            }
        }
        show(shown == null ? null : shown.getMessage(), shown != null && shown.getSeverity() == Diagnostic.ERROR);
    }

    /** @return whether the problem is shown beside this field */
    final boolean shows(Diagnostic problem) {
        List<?> data = problem.getData();
        return data.size() >= 2 && data.get(0) == object && data.get(1) == feature;
    }

    private void show(String text, boolean error) {
        if (message == null || message.isDisposed()) {
            return;
        }
        boolean visible = text != null;
        message.setText(visible ? text : ""); //$NON-NLS-1$
        message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
        ((GridData) message.getLayoutData()).exclude = !visible;
        message.setVisible(visible);
        message.getParent().layout(true);
    }
}
