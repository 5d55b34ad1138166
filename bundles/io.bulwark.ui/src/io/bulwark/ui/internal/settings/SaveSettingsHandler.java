package io.bulwark.ui.internal.settings;

import static io.bulwark.ui.internal.settings.SettingsEditorHandlers.editorOf;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import jakarta.inject.Named;

/** Saves the active settings editor (Ctrl+S) through the part service, which calls its save method. */
public class SaveSettingsHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        SettingsEditor editor = editorOf(part);
        return editor != null && editor.canSave();
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (editorOf(part) != null) {
            parts.savePart(part, false);
        }
    }
}
