package io.bulwark.ui.internal.moves;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.ui.FileChooser;
import io.bulwark.ui.internal.agents.AgentsPart;
import io.bulwark.ui.internal.components.AccountRoles;
import jakarta.inject.Named;

/**
 * Move to Server (Ctrl+Shift+M): opens the wizard for the agents selected in the tree, or, with a server or a domain
 * selected, for the agents of the tree's filter or of a list. Enabled for one connected server on which the console's
 * account may change things; read-only operators cannot start moves.
 */
public class MoveToServerHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        MoveProposal proposal = selection == null ? null : MoveProposal.ofSelection(selection, null);
        return proposal != null && AccountRoles.mayChange(proposal.source());
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Optional @Named(AgentsPart.APPLIED_FILTER) AgentFilter filter,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ServerRegistryService registry,
            @Service ServerConnections connections, @Service FileChooser files, MoveFollower follower,
            CampaignFollower campaigns, UISynchronize sync, EPartService parts) {
        MoveProposal proposal = MoveProposal.ofSelection(selection, filter);
        if (proposal != null) {
            MoveWizards.open(shell, proposal, new MoveContext(new MoveServers(registry, connections), follower,
                    campaigns, files, sync, () -> MovesPart.show(parts)));
        }
    }
}
