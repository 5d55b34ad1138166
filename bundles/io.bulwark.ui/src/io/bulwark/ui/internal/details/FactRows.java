package io.bulwark.ui.internal.details;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/** The facts of an agent, a domain or a server, and the component versions of an agent against its server's. */
final class FactRows {

    private final ModelLabels labels;

    FactRows(ModelLabels labels) {
        this.labels = labels;
    }

    List<DetailRow> agent(Agent agent) {
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_hostName, text(agent.getHostName())));
        rows.add(DetailRow.of(Messages.Details_address, text(agent.getIpAddress())));
        rows.add(DetailRow.of(Messages.Details_operatingSystem, text(agent.getOperatingSystem())));
        rows.add(DetailRow.of(Messages.Details_status, labels.value(agent.getStatus())));
        rows.add(DetailRow.of(Messages.Details_lastSeen, labels.value(agent.getLastSeen())));
        rows.add(DetailRow.of(Messages.Details_registeredAt, labels.value(agent.getRegisteredAt())));
        String path = TreePlaces.domainPath(agent);
        rows.add(DetailRow.of(Messages.Details_domain, path.isEmpty() ? Messages.Details_rootDomain : path));
        ManagementServer server = TreePlaces.serverOf(agent);
        rows.add(DetailRow.of(Messages.Details_server, server == null ? Messages.Details_none : server.getName()));
        rows.add(DetailRow.of(Messages.Details_updateAgent, labels.value(Boolean.valueOf(agent.isUpdateAgent()))));
        rows.add(DetailRow.of(Messages.Details_agentVersion, text(agent.getAgentVersion())));
        if (agent.getHeartbeatIntervalMillis() > 0) {
            rows.add(DetailRow.of(Messages.Details_heartbeat,
                    NLS.bind(Messages.Details_milliseconds, Integer.valueOf(agent.getHeartbeatIntervalMillis()))));
        }
        rows.add(DetailRow.of(Messages.Details_pendingCommands, Long.toString(agent.getPendingCommands())));
        rows.add(DetailRow.of(Messages.Details_agentId, text(agent.getId())));
        return rows;
    }

    /** @return each component of the agent, marked when it is older than the server's */
    List<DetailRow> components(Agent agent) {
        Map<String, String> servers = new HashMap<>();
        ManagementServer server = TreePlaces.serverOf(agent);
        if (server != null) {
            for (ComponentVersion component : server.getComponents()) {
                servers.put(component.getName(), component.getVersion());
            }
        }
        List<DetailRow> rows = new ArrayList<>();
        for (ComponentVersion component : agent.getComponentVersions()) {
            String theirs = servers.get(component.getName());
            String value = theirs != null && Versions.isOlder(component.getVersion(), theirs)
                    ? NLS.bind(Messages.Details_componentOutdated, component.getVersion(), theirs)
                    : text(component.getVersion());
            rows.add(DetailRow.of(component.getName(), value));
        }
        return rows;
    }

    List<DetailRow> domain(Domain domain) {
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_name, domain.getName()));
        rows.add(DetailRow.of(Messages.Details_path, TreePlaces.domainPath(domain)));
        ManagementServer server = TreePlaces.serverOf(domain);
        rows.add(DetailRow.of(Messages.Details_server, server == null ? Messages.Details_none : server.getName()));
        rows.add(DetailRow.of(Messages.Details_subdomains, Integer.toString(domain.getDomains().size())));
        rows.add(DetailRow.of(Messages.Details_agentsDirectly, Integer.toString(domain.getAgents().size())));
        rows.addAll(counts(domain));
        return rows;
    }

    List<DetailRow> server(ManagementServer server) {
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_name, server.getName()));
        rows.add(DetailRow.of(Messages.Details_address, server.getHost() + ':' + server.getPort()));
        rows.add(DetailRow.of(Messages.Details_state, labels.value(server.getState())));
        rows.add(DetailRow.of(Messages.Details_serverVersion, text(server.getVersion())));
        rows.add(DetailRow.of(Messages.Details_listeningPort, Integer.toString(server.getListeningPort())));
        if (server.isSetRole()) {
            rows.add(DetailRow.of(Messages.Details_signedInAs,
                    NLS.bind(Messages.Details_userAndRole, server.getUser(), labels.value(server.getRole()))));
        }
        if (server.getCertificate() != null) {
            rows.add(DetailRow.of(Messages.Details_fingerprint, text(server.getCertificate().getFingerprint())));
        }
        AgentTree tree = server.getAgentTree();
        if (tree != null) {
            rows.add(DetailRow.of(Messages.Details_domains, Long.toString(countDomains(tree))));
            rows.addAll(counts(tree));
        }
        return rows;
    }

    List<DetailRow> serverComponents(ManagementServer server) {
        List<DetailRow> rows = new ArrayList<>();
        for (ComponentVersion component : server.getComponents()) {
            rows.add(DetailRow.of(component.getName(), text(component.getVersion())));
        }
        return rows;
    }

    /** The agents below {@code scope} (all levels), in total and by status. */
    private List<DetailRow> counts(EObject scope) {
        Map<AgentStatus, Integer> byStatus = new HashMap<>();
        int total = 0;
        for (TreeIterator<EObject> all = scope.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Agent agent) {
                total++;
                byStatus.merge(agent.getStatus(), Integer.valueOf(1), Integer::sum);
                all.prune();
            } else if (!(object instanceof Domain)) {
                all.prune();
            }
        }
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_agentsInAll, Integer.toString(total)));
        for (AgentStatus status : AgentStatus.VALUES) {
            rows.add(DetailRow.of(labels.value(status), byStatus.getOrDefault(status, Integer.valueOf(0)).toString()));
        }
        return rows;
    }

    private static long countDomains(AgentTree tree) {
        long count = 0;
        for (TreeIterator<EObject> all = tree.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Domain) {
                count++;
            } else {
                all.prune();
            }
        }
        return count;
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? Messages.Details_none : value;
    }
}
