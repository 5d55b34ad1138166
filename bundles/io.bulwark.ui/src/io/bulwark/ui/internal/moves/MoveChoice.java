package io.bulwark.ui.internal.moves;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.migration.CampaignRequest;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * What the administrator chose on the wizard's first page: the agents (from the tree, the filter or a list file), the
 * target server and domain, and the options of the move. The plan pins the agents' ids from here; nothing is evaluated
 * again later. Lives on the UI thread.
 */
final class MoveChoice {

    /** Where the agents come from. */
    enum AgentSource {
        /** The agents selected (or dragged) in the tree. */
        SELECTION,
        /** The agents the tree's filter shows on the source. */
        FILTER,
        /** The agents a list file names. */
        LIST
    }

    private final ManagementServer source;
    private final List<UUID> selected;
    private final AgentFilter filter;
    private final List<UUID> filtered;
    private AgentSource agentSource = AgentSource.SELECTION;
    private Path listFile;
    private AgentListImport imported;
    private String listOrigin;
    private ManagementServer target;
    private String targetDomainPath = ""; //$NON-NLS-1$
    private boolean skipOffline;
    private int deadlineDays = MoveTicketRequest.DEFAULT_DEADLINE_DAYS;
    private int pendingNotifications;
    private boolean cancelNotifications = true;
    private boolean replicate;
    private boolean allSettings;
    private final WaveChoice waves = new WaveChoice();

    MoveChoice(MoveProposal proposal) {
        source = proposal.source();
        selected = ids(proposal.agents());
        filter = proposal.filter();
        filtered = filter.showsAll() ? List.of() : ids(matching(proposal.source(), filter));
        target = proposal.target();
        targetDomainPath = proposal.targetDomainPath() == null ? "" : proposal.targetDomainPath(); //$NON-NLS-1$
        if (selected.isEmpty()) {
            // opened on a server or a domain: the agents come from the tree's filter or from a list
            agentSource = filtered.isEmpty() ? AgentSource.LIST : AgentSource.FILTER;
        }
    }

    private static List<UUID> ids(List<Agent> agents) {
        return agents.stream().map(agent -> UUID.fromString(agent.getId())).toList();
    }

    /** The agents of a server the filter matches, walking its tree once. */
    private static List<Agent> matching(ManagementServer server, AgentFilter filter) {
        List<Agent> matches = new ArrayList<>();
        if (server.getAgentTree() == null) {
            return matches;
        }
        List<Domain> domains = new ArrayList<>(server.getAgentTree().getDomains());
        server.getAgentTree().getAgents().stream().filter(filter.forServer(server)).forEach(matches::add);
        while (!domains.isEmpty()) {
            Domain domain = domains.remove(domains.size() - 1);
            domain.getAgents().stream().filter(filter.forServer(server)).forEach(matches::add);
            domains.addAll(domain.getDomains());
        }
        return matches;
    }

    ManagementServer source() {
        return source;
    }

    int selectedCount() {
        return selected.size();
    }

    AgentFilter filter() {
        return filter;
    }

    int filteredCount() {
        return filtered.size();
    }

    AgentSource agentSource() {
        return agentSource;
    }

    void agentSource(AgentSource chosen) {
        agentSource = chosen;
    }

    Path listFile() {
        return listFile;
    }

    /**
     * @param file
     *            the list file chosen, read against the source
     * @param result
     *            the agents it names and its problem lines, or {@code null} while it is read or if it cannot be
     * @param origin
     *            the list's path and digest, or {@code null}
     */
    void list(Path file, AgentListImport result, String origin) {
        listFile = file;
        imported = result;
        listOrigin = origin;
    }

    AgentListImport imported() {
        return imported;
    }

    /** @return the agents chosen now, by id, in the order chosen */
    List<UUID> agentIds() {
        return switch (agentSource) {
            case SELECTION -> selected;
            case FILTER -> filtered;
            case LIST -> imported == null ? List.of() : imported.agents().stream().map(AgentSummary::id).toList();
        };
    }

    /** @return what the agents were chosen from, for a person and for the journal */
    String origin() {
        return switch (agentSource) {
            case SELECTION -> NLS.bind(Messages.MoveChoice_originSelection, source.getName());
            case FILTER -> NLS.bind(Messages.MoveChoice_originFilter, MoveLabels.filter(filter), source.getName());
            case LIST -> listOrigin;
        };
    }

    ManagementServer target() {
        return target;
    }

    void target(ManagementServer server) {
        target = server;
    }

    String targetDomainPath() {
        return targetDomainPath;
    }

    void targetDomainPath(String path) {
        targetDomainPath = path;
    }

    boolean skipOffline() {
        return skipOffline;
    }

    void skipOffline(boolean skip) {
        skipOffline = skip;
    }

    int deadlineDays() {
        return deadlineDays;
    }

    void deadlineDays(int days) {
        deadlineDays = days;
    }

    /** @return how many of the chosen agents have notifications queued on the source, as last counted */
    int pendingNotifications() {
        return pendingNotifications;
    }

    void pendingNotifications(int count) {
        pendingNotifications = count;
    }

    boolean cancelNotifications() {
        return cancelNotifications;
    }

    void cancelNotifications(boolean cancel) {
        cancelNotifications = cancel;
    }

    boolean replicate() {
        return replicate;
    }

    void replicate(boolean chosen) {
        replicate = chosen;
    }

    boolean allSettings() {
        return allSettings;
    }

    void allSettings(boolean all) {
        allSettings = all;
    }

    /** @return whether and how the agents move in waves */
    WaveChoice waves() {
        return waves;
    }

    /**
     * @return the campaign to plan when moving in waves: the same agents, target and options as a single move, each
     *         wave moving its agents as this one would. The choice about queued notifications stands for every wave, as
     *         the administrator left it, whether or not any wait now: a wave starts days later, when the queue may hold
     *         items for its agents that it does not hold today
     * @throws MigrationRefusedException
     *             if the waves' rules cannot be read
     */
    CampaignRequest campaignRequest() throws MigrationRefusedException {
        List<UUID> agents = agentIds();
        return new CampaignRequest(agents, waves.rules(agents.size()), targetDomainPath, deadlineDays,
                skipOffline ? MoveRequest.SKIP : MoveRequest.WAIT, cancelNotifications, origin());
    }

    /** @return the request to plan, reserving the target's ticket at planning so the plan shows it ready */
    MovePlanRequest request() {
        return new MovePlanRequest(agentIds(), targetDomainPath, deadlineDays,
                skipOffline ? MoveRequest.SKIP : MoveRequest.WAIT,
                pendingNotifications > 0 && cancelNotifications, true, origin());
    }
}
