package io.bulwark.ui.internal.agents;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.servers.ServerLabels;

/** Labels of the agent tree: servers with their state, domains by name, agents by host name, address and status. */
final class AgentTreeLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof ManagementServer server) {
            return NLS.bind(Messages.AgentTreeLabelProvider_server, server.getName(),
                    ServerLabels.state(server.getState()));
        }
        if (element instanceof Domain domain) {
            return domain.getName();
        }
        if (element instanceof Agent agent) {
            return agentText(agent);
        }
        return super.getText(element);
    }

    private static String agentText(Agent agent) {
        String status = status(agent.getStatus());
        String address = agent.getIpAddress();
        return address == null || address.isBlank()
                ? NLS.bind(Messages.AgentTreeLabelProvider_agentWithoutAddress, agent.getHostName(), status)
                : NLS.bind(Messages.AgentTreeLabelProvider_agent, new Object[]{agent.getHostName(), address, status});
    }

    /** An agent's status in words. */
    static String status(AgentStatus status) {
        if (status == null) {
            return Messages.AgentTreeLabelProvider_statusOffline;
        }
        return switch (status) {
            case ONLINE -> Messages.AgentTreeLabelProvider_statusOnline;
            case OFFLINE -> Messages.AgentTreeLabelProvider_statusOffline;
            case ROAMING -> Messages.AgentTreeLabelProvider_statusRoaming;
            case MOVING -> Messages.AgentTreeLabelProvider_statusMoving;
        };
    }
}
