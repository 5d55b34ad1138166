package io.bulwark.ui.internal.agents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentRange;
import io.bulwark.model.tree.ComponentFreshness;
import io.bulwark.ui.internal.servers.ServerLabels;

/**
 * Labels and icons of the agent tree: servers with their state, domains by name, ranges by their first and last host
 * name, agents by host name, address and status, with "outdated" and "update agent" in words and as overlays.
 */
public final class AgentTreeLabelProvider extends LabelProvider {

    private final AgentIcons icons;

    AgentTreeLabelProvider(AgentIcons icons) {
        this.icons = icons;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof ManagementServer server) {
            return NLS.bind(Messages.AgentTreeLabelProvider_server, server.getName(),
                    ServerLabels.state(server.getState()));
        }
        if (element instanceof Domain domain) {
            return domain.getName();
        }
        if (element instanceof AgentRange range) {
            return NLS.bind(Messages.AgentTreeLabelProvider_range, range.firstHostName(), range.lastHostName());
        }
        if (element instanceof Agent agent) {
            return agentText(agent);
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ManagementServer) {
            return icons.server();
        }
        if (element instanceof Domain) {
            return icons.domain();
        }
        if (element instanceof AgentRange) {
            return icons.range();
        }
        if (element instanceof Agent agent) {
            return icons.agent(agent.getStatus(), isOutdated(agent), agent.isUpdateAgent());
        }
        return null;
    }

    private static boolean isOutdated(Agent agent) {
        return ComponentFreshness.isOutdated(agent, AgentTreeContentProvider.serverOf(agent));
    }

    private static String agentText(Agent agent) {
        List<String> states = new ArrayList<>(3);
        states.add(status(agent.getStatus()));
        if (isOutdated(agent)) {
            states.add(Messages.AgentTreeLabelProvider_outdated);
        }
        if (agent.isUpdateAgent()) {
            states.add(Messages.AgentTreeLabelProvider_updateAgent);
        }
        String state = String.join(Messages.AgentTreeLabelProvider_separator, states);
        String address = agent.getIpAddress();
        return address == null || address.isBlank()
                ? NLS.bind(Messages.AgentTreeLabelProvider_agentWithoutAddress, agent.getHostName(), state)
                : NLS.bind(Messages.AgentTreeLabelProvider_agent, new Object[]{agent.getHostName(), address, state});
    }

    /**
     * @param status
     *            an agent's status, {@code null} counting as offline
     * @return the status in words
     */
    public static String status(AgentStatus status) {
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
