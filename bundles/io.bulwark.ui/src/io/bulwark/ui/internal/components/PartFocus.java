package io.bulwark.ui.internal.components;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Gives a part's first control the keyboard focus when the part is activated, unless the focus is in the part already:
 * a person who clicked into a field of an inactive part keeps typing there.
 */
public final class PartFocus {

    private PartFocus() {
    }

    /**
     * @param part
     *            the part's composite
     * @param first
     *            the control to focus, inside the part
     */
    public static void focus(Composite part, Control first) {
        if (first == null || first.isDisposed()) {
            return;
        }
        for (Control control = first.getDisplay().getFocusControl(); control != null; control = control.getParent()) {
            if (control == part) {
                return;
            }
        }
        first.setFocus();
    }
}
