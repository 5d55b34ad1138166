package io.bulwark.ui.internal.agents;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.servers.ServerLabels;

/** Labels of the agent tree. */
final class AgentTreeLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof ManagementServer server) {
            return NLS.bind(Messages.AgentTreeLabelProvider_server, server.getName(),
                    ServerLabels.state(server.getState()));
        }
        return super.getText(element);
    }
}
