package io.bulwark.core.migration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.migration.Messages;
import io.bulwark.core.internal.migration.Subnets;
import io.bulwark.core.internal.migration.Subnets.Subnet;
import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * Splits a campaign's agents into the pilot and waves, the same way every time for the same agents and rules, so a
 * person can tell why an agent is where it is:
 * <ul>
 * <li>agents are ordered by host name (ignoring case), then address, then id;</li>
 * <li>groups go in order: domains by path (the root first), subnets by address (IPv4 first), sites in the order they
 * were given; agents without an address or in no site form the last group;</li>
 * <li>a pilot of a number or percentage of agents takes one agent from each group in turn, online agents first, so
 * every group is tried before its waves go; a listed pilot takes exactly the listed agents;</li>
 * <li>every group's remaining agents form waves of at most the wave size, in order.</li>
 * </ul>
 * Bad rules are refused with a message saying what to change; nothing is split then.
 */
public final class WaveSplitter {

    private static final Comparator<WaveAgent> AGENT_ORDER = Comparator
            .comparing((WaveAgent agent) -> agent.hostName() == null
                    ? "\uffff" //$NON-NLS-1$
                    : agent.hostName().toLowerCase(Locale.ROOT))
            .thenComparing(agent -> agent.ip() == null ? "" : agent.ip()) //$NON-NLS-1$
            .thenComparing(agent -> agent.id().toString());

    /** One group of agents before splitting. */
    private record Group(String name, List<WaveAgent> agents) {
    }

    private WaveSplitter() {
    }

    /**
     * @param agents
     *            the campaign's agents, each once
     * @param rules
     *            how to split them
     * @return the pilot (number 0) if any, then the waves numbered from 1; every agent in exactly one of them
     * @throws MigrationRefusedException
     *             if the agents or the rules cannot be split: no agents, an agent twice, a wave size, prefix, site or
     *             pilot out of range, overlapping sites, a listed pilot agent that is not among the agents
     */
    public static List<Wave> split(List<WaveAgent> agents, CampaignRules rules) throws MigrationRefusedException {
        check(agents, rules);
        List<Group> groups = group(agents, rules);
        Set<UUID> pilot = pilot(groups, rules.pilot(), agents.size());
        List<Wave> waves = new ArrayList<>();
        if (!pilot.isEmpty()) {
            List<WaveAgent> members = agents.stream().filter(agent -> pilot.contains(agent.id())).sorted(AGENT_ORDER)
                    .toList();
            waves.add(new Wave(0, true, Grouping.NONE, "", 1, 1, members, null, null, null, null, null)); //$NON-NLS-1$
        }
        int size = rules.waveSize() == 0 ? MoveTicketRequest.MAX_AGENTS : rules.waveSize();
        for (Group group : groups) {
            List<WaveAgent> rest = group.agents().stream().filter(agent -> !pilot.contains(agent.id())).toList();
            int parts = (rest.size() + size - 1) / size;
            for (int part = 0; part < parts; part++) {
                List<WaveAgent> members = rest.subList(part * size, Math.min(rest.size(), (part + 1) * size));
                waves.add(new Wave(waves.size() + (pilot.isEmpty() ? 1 : 0), false, rules.grouping(), group.name(),
                        part + 1, parts, members, null, null, null, null, null));
            }
        }
        return waves;
    }

    private static void check(List<WaveAgent> agents, CampaignRules rules) throws MigrationRefusedException {
        if (agents.isEmpty()) {
            throw new MigrationRefusedException(Messages.WaveSplitter_noAgents);
        }
        Set<UUID> seen = new HashSet<>();
        for (WaveAgent agent : agents) {
            if (!seen.add(agent.id())) {
                throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_duplicateAgent, agent.id()));
            }
        }
        checkRules(rules, agents.size());
        checkListedPilot(agents.size(), seen, rules.pilot());
    }

    /**
     * Checks rules before any agent is read, as {@link #split} would, so a form can say at once what to change: the
     * wave size, the subnet prefixes, the sites (named once, ranges that parse and do not overlap, given exactly when
     * grouping by site) and a pilot of a number or percentage that leaves agents for the waves. A listed pilot is
     * checked against the agents when splitting.
     *
     * @param rules
     *            the rules
     * @param agentCount
     *            how many agents the campaign will hold
     * @throws MigrationRefusedException
     *             saying what is wrong, as {@link #split} would
     */
    public static void checkRules(CampaignRules rules, int agentCount) throws MigrationRefusedException {
        if (rules.waveSize() < 0 || rules.waveSize() > MoveTicketRequest.MAX_AGENTS) {
            throw new MigrationRefusedException(
                    NLS.bind(Messages.WaveSplitter_badWaveSize, Integer.valueOf(rules.waveSize()),
                            Integer.valueOf(MoveTicketRequest.MAX_AGENTS)));
        }
        if (rules.ipv4Prefix() < 0 || rules.ipv4Prefix() > 32 || rules.ipv6Prefix() < 0 || rules.ipv6Prefix() > 128) {
            throw new MigrationRefusedException(
                    NLS.bind(Messages.WaveSplitter_badPrefix, Integer.valueOf(rules.ipv4Prefix()),
                            Integer.valueOf(rules.ipv6Prefix())));
        }
        checkSites(rules);
        PilotChoice pilot = rules.pilot();
        if (pilot.kind() == PilotChoice.Kind.COUNT || pilot.kind() == PilotChoice.Kind.PERCENT) {
            if (pilot.value() < 1 || pilot.kind() == PilotChoice.Kind.PERCENT && pilot.value() > 99) {
                throw new MigrationRefusedException(NLS.bind(Messages.PilotChoice_bad, Integer.valueOf(pilot.value())));
            }
            pilotLeavesAgents(pilot.size(agentCount), agentCount);
        }
    }

    private static void checkSites(CampaignRules rules) throws MigrationRefusedException {
        if (rules.grouping() != Grouping.SITE) {
            if (!rules.sites().isEmpty()) {
                throw new MigrationRefusedException(Messages.WaveSplitter_sitesWithoutSiteGrouping);
            }
            return;
        }
        if (rules.sites().isEmpty()) {
            throw new MigrationRefusedException(Messages.WaveSplitter_noSites);
        }
        Map<String, Site> byName = new HashMap<>();
        List<Site> checked = new ArrayList<>();
        List<List<IpRange>> ranges = new ArrayList<>();
        for (Site site : rules.sites()) {
            Site earlier = byName.putIfAbsent(site.name().toLowerCase(Locale.ROOT), site);
            if (earlier != null) {
                throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_siteTwice, site.name()));
            }
            List<IpRange> parsed = site.parsedRanges();
            for (int other = 0; other < checked.size(); other++) {
                for (IpRange mine : parsed) {
                    for (IpRange theirs : ranges.get(other)) {
                        if (mine.overlaps(theirs)) {
                            throw new MigrationRefusedException(
                                    NLS.bind(Messages.WaveSplitter_sitesOverlap, new Object[]{
                                            checked.get(other).name(), theirs, site.name(), mine}));
                        }
                    }
                }
            }
            checked.add(site);
            ranges.add(parsed);
        }
    }

    private static void checkListedPilot(int agentCount, Set<UUID> ids, PilotChoice pilot)
            throws MigrationRefusedException {
        if (pilot.kind() != PilotChoice.Kind.LIST) {
            return;
        }
        if (pilot.agentIds().isEmpty()) {
            throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_emptyPilotList, pilot.listName()));
        }
        Set<UUID> listed = new HashSet<>();
        for (UUID id : pilot.agentIds()) {
            if (!ids.contains(id)) {
                throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_pilotAgentNotInCampaign, id,
                        pilot.listName()));
            }
            if (!listed.add(id)) {
                throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_duplicateAgent, id));
            }
        }
        pilotLeavesAgents(pilot.size(agentCount), agentCount);
    }

    private static void pilotLeavesAgents(int size, int agentCount) throws MigrationRefusedException {
        if (size >= agentCount) {
            throw new MigrationRefusedException(NLS.bind(Messages.WaveSplitter_pilotTakesAll, Integer.valueOf(size),
                    Integer.valueOf(agentCount)));
        }
    }

    private static List<Group> group(List<WaveAgent> agents, CampaignRules rules) throws MigrationRefusedException {
        List<WaveAgent> ordered = agents.stream().sorted(AGENT_ORDER).toList();
        return switch (rules.grouping()) {
            case NONE -> List.of(new Group("", ordered)); //$NON-NLS-1$
            case DOMAIN -> byDomain(ordered);
            case SUBNET -> bySubnet(ordered, rules.ipv4Prefix(), rules.ipv6Prefix());
            case SITE -> bySite(ordered, rules.sites());
        };
    }

    private static List<Group> byDomain(List<WaveAgent> ordered) {
        Map<String, List<WaveAgent>> domains = new TreeMap<>(Comparator
                .comparing((String path) -> path.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()));
        for (WaveAgent agent : ordered) {
            String path = agent.domainPath() == null ? "" : agent.domainPath(); //$NON-NLS-1$
            domains.computeIfAbsent(path, key -> new ArrayList<>()).add(agent);
        }
        return domains.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
    }

    private static List<Group> bySubnet(List<WaveAgent> ordered, int ipv4Prefix, int ipv6Prefix) {
        Map<Subnet, List<WaveAgent>> subnets = new TreeMap<>(Subnets.ORDER);
        List<WaveAgent> noAddress = new ArrayList<>();
        for (WaveAgent agent : ordered) {
            Subnet subnet = Subnets.of(agent.ip(), ipv4Prefix, ipv6Prefix);
            if (subnet == null) {
                noAddress.add(agent);
            } else {
                subnets.computeIfAbsent(subnet, key -> new ArrayList<>()).add(agent);
            }
        }
        List<Group> groups = new ArrayList<>(
                subnets.entrySet().stream().map(entry -> new Group(entry.getKey().text(), entry.getValue())).toList());
        if (!noAddress.isEmpty()) {
            groups.add(new Group("", noAddress)); //$NON-NLS-1$
        }
        return groups;
    }

    private static List<Group> bySite(List<WaveAgent> ordered, List<Site> sites) throws MigrationRefusedException {
        Map<Site, List<IpRange>> ranges = new LinkedHashMap<>();
        Map<Site, List<WaveAgent>> members = new LinkedHashMap<>();
        for (Site site : sites) {
            ranges.put(site, site.parsedRanges());
            members.put(site, new ArrayList<>());
        }
        List<WaveAgent> nowhere = new ArrayList<>();
        for (WaveAgent agent : ordered) {
            Site found = null;
            for (Map.Entry<Site, List<IpRange>> site : ranges.entrySet()) {
                if (agent.ip() != null && site.getValue().stream().anyMatch(range -> range.contains(agent.ip()))) {
                    found = site.getKey();
                    break;
                }
            }
            (found == null ? nowhere : members.get(found)).add(agent);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Site, List<WaveAgent>> site : members.entrySet()) {
            if (!site.getValue().isEmpty()) {
                groups.add(new Group(site.getKey().name(), site.getValue()));
            }
        }
        if (!nowhere.isEmpty()) {
            groups.add(new Group("", nowhere)); //$NON-NLS-1$
        }
        return groups;
    }

    private static Set<UUID> pilot(List<Group> groups, PilotChoice choice, int total) {
        Set<UUID> pilot = new HashSet<>();
        if (choice.kind() == PilotChoice.Kind.LIST) {
            pilot.addAll(choice.agentIds());
            return pilot;
        }
        int size = choice.size(total);
        List<Deque<WaveAgent>> queues = new ArrayList<>();
        for (Group group : groups) {
            Deque<WaveAgent> queue = new ArrayDeque<>();
            group.agents().stream().filter(WaveSplitter::online).forEach(queue::add);
            group.agents().stream().filter(agent -> !online(agent)).forEach(queue::add);
            queues.add(queue);
        }
        while (pilot.size() < size) {
            for (Deque<WaveAgent> queue : queues) {
                if (!queue.isEmpty() && pilot.size() < size) {
                    pilot.add(queue.removeFirst().id());
                }
            }
        }
        return pilot;
    }

    private static boolean online(WaveAgent agent) {
        return AgentStatus.ONLINE.equals(agent.status());
    }
}
