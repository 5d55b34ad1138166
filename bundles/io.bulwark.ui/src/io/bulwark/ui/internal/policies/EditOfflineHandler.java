package io.bulwark.ui.internal.policies;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.bulwark.ui.internal.settings.OfflineSettingsEditors;
import jakarta.inject.Named;

/** Opens the selected workspace copy or template in the settings editor, offline. */
public class EditOfflineHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof WorkspaceCopy copy && copy.problem() == null
                || selection instanceof WorkspaceTemplate template && template.problem() == null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            EModelService models, MApplication application) {
        if (selection instanceof WorkspaceCopy copy) {
            OfflineSettingsEditors.open(parts, models, application, ConsoleServers.workspace().folder(),
                    copy.target(), copy.serverName(), copy.scopeName());
        } else if (selection instanceof WorkspaceTemplate template) {
            OfflineSettingsEditors.openTemplate(parts, models, application, ConsoleServers.workspace().folder(),
                    template.name());
        }
    }
}
