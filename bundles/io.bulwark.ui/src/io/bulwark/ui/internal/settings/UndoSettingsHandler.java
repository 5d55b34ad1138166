package io.bulwark.ui.internal.settings;

import static io.bulwark.ui.internal.settings.SettingsEditorHandlers.editorOf;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Undoes the last change in the active settings editor (Ctrl+Z). */
public class UndoSettingsHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        SettingsEditor editor = editorOf(part);
        return editor != null && editor.canUndo();
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        SettingsEditor editor = editorOf(part);
        if (editor != null) {
            editor.undo();
        }
    }
}
