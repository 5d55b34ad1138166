package io.bulwark.ui.internal.policies;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;
import jakarta.inject.Named;

/**
 * Makes a template from the selected workspace copy: the groups the copy sets, as many as the administrator keeps in
 * the dialog; then opens it in the settings editor.
 */
public class SaveAsTemplateHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof WorkspaceCopy copy && copy.problem() == null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize sync, IEventBroker events,
            EPartService parts, EModelService models, MApplication application) {
        if (selection instanceof WorkspaceCopy copy) {
            PolicyWorkspace workspace = ConsoleServers.workspace();
            new TemplateCreation(workspace, shell, sync, events, name -> OfflineSettingsEditors.openTemplate(parts,
                    models, application, workspace.folder(), name)).startFrom(copy);
        }
    }
}
