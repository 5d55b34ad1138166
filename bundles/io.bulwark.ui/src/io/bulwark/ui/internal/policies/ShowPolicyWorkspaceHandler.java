package io.bulwark.ui.internal.policies;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Shows the Policy Workspace part (Window menu). */
public class ShowPolicyWorkspaceHandler {

    @Execute
    public void execute(EPartService parts) {
        PolicyWorkspacePart.show(parts);
    }
}
