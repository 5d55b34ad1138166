package io.bulwark.ui.internal.settings;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Finds the settings editor a command applies to: the active part, if it is one. */
final class SettingsEditorHandlers {

    private SettingsEditorHandlers() {
    }

    /** @return the active part's settings editor, or {@code null} */
    static SettingsEditor editorOf(MPart part) {
        return part != null && part.getObject() instanceof SettingsEditor editor ? editor : null;
    }
}
