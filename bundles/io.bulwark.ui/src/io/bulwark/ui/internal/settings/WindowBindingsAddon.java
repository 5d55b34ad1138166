package io.bulwark.ui.internal.settings;

import org.eclipse.e4.ui.services.EContextService;

import jakarta.annotation.PostConstruct;

/**
 * Makes the key bindings of the main window ("In Windows") active: the application model defines the context but
 * nothing activates it, so without this Ctrl+S, Ctrl+Z and the other window bindings would do nothing.
 */
public class WindowBindingsAddon {

    /** The binding context of the key bindings that apply in the console's windows. */
    static final String WINDOW_CONTEXT = "org.eclipse.ui.contexts.window"; //$NON-NLS-1$

    @PostConstruct
    public void activate(EContextService contexts) {
        contexts.activateContext(WINDOW_CONTEXT);
    }
}
