package io.bulwark.ui.internal.settings;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.ManagementServer;
import jakarta.inject.Named;

/**
 * Opens the settings editor of the selected server's root, domain or agent in the editor area; the scope's editor is
 * activated if it is open already, so each scope has one editor.
 */
public class EditSettingsHandler {

    /** The part stack editors open in. */
    static final String EDITORS_STACK = "io.bulwark.ui.partstack.editors"; //$NON-NLS-1$

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return SettingsScopes.ownerOf(selection) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            EModelService models, MApplication application) {
        EObject owner = SettingsScopes.ownerOf(selection);
        ManagementServer server = SettingsScopes.serverOf(owner);
        if (owner == null || server == null) {
            return;
        }
        String scope = SettingsScopes.key(SettingsScopes.scopeOf(owner));
        for (MPart part : parts.getParts()) {
            if (SettingsEditor.DESCRIPTOR_ID.equals(part.getElementId())
                    && server.getId().equals(part.getPersistedState().get(SettingsEditor.SERVER_KEY))
                    && scope.equals(part.getPersistedState().get(SettingsEditor.SCOPE_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return;
            }
        }
        MPart part = parts.createPart(SettingsEditor.DESCRIPTOR_ID);
        part.setLabel(SettingsScopes.title(owner));
        part.setTooltip(SettingsScopes.title(owner));
        part.getPersistedState().put(SettingsEditor.SERVER_KEY, server.getId());
        part.getPersistedState().put(SettingsEditor.SCOPE_KEY, scope);
        if (models.find(EDITORS_STACK, application) instanceof MPartStack stack) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
