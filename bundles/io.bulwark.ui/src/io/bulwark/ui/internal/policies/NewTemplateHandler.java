package io.bulwark.ui.internal.policies;

import org.eclipse.e4.core.di.annotations.Execute;
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

/** Makes an empty template in the policy workspace, named in a dialog, and opens it in the settings editor. */
public class NewTemplateHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize sync, IEventBroker events,
            EPartService parts, EModelService models, MApplication application) {
        PolicyWorkspace workspace = ConsoleServers.workspace();
        new TemplateCreation(workspace, shell, sync, events, name -> OfflineSettingsEditors.openTemplate(parts, models,
                application, workspace.folder(), name)).startEmpty();
    }
}
