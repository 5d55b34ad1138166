package io.bulwark.client.tests.mapping;

import static io.bulwark.client.tests.mapping.Wire.agent;
import static io.bulwark.client.tests.mapping.Wire.domain;
import static io.bulwark.client.tests.mapping.Wire.id;
import static io.bulwark.client.tests.mapping.Wire.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.client.internal.mapping.TreeMapping;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.AgentTree;
import io.bulwark.model.CommandState;
import io.bulwark.model.FsmoRole;
import io.bulwark.model.HardwareType;
import io.bulwark.model.Inventory;
import io.bulwark.model.LinkType;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentStatusChange;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.agent.Application;
import io.bulwark.protocol.agent.Connectivity;
import io.bulwark.protocol.agent.MachineRole;
import io.bulwark.protocol.agent.OperatingSystem;

class AgentMappingTest {

    private AgentTree tree;
    private AgentTreeIndex index;

    @BeforeEach
    void setUp() {
        tree = ModelFactory.eINSTANCE.createAgentTree();
        index = AgentTreeIndex.of(tree);
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Office"), domain(2, null, "Remote site 1"),
                domain(3, in(2), "Update agents")));
    }

    @Test
    void placesAgentsInTheirDomainsWithWhatTheServerListed() {
        int created = AgentMapping.applyAgents(tree,
                List.of(agent(1, in(1), "online"), agent(2, in(3), "roaming"), agent(3, null, "offline")));

        assertEquals(3, created);
        Agent first = index.agent(id(1).toString());
        assertSame(index.domain(1), first.eContainer());
        assertEquals("pc-1", first.getHostName());
        assertEquals("10.0.0.2", first.getIpAddress());
        assertEquals(AgentStatus.ONLINE, first.getStatus());
        assertEquals("14.0.1", first.getAgentVersion());
        assertEquals(Wire.SEEN, first.getLastSeen());
        assertEquals("Windows 11 23H2", first.getOperatingSystem());
        assertNull(first.getInventory(), "the inventory waits until the details are loaded");
        assertSame(index.domain(3), index.agent(id(2).toString()).eContainer());
        assertEquals(AgentStatus.ROAMING, index.agent(id(2).toString()).getStatus());
        assertSame(tree, index.agent(id(3).toString()).eContainer());
    }

    @Test
    void reapplyingUpdatesTheSameAgentsAndAnnouncesOnlyChanges() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(2, in(1), "online")));
        Agent first = index.agent(id(1).toString());
        Agent second = index.agent(id(2).toString());
        List<Notification> notifications = TreeMappingTest.record(tree);

        int created = AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(2, in(1), "offline")));

        assertEquals(0, created);
        assertSame(first, index.agent(id(1).toString()));
        assertSame(second, index.agent(id(2).toString()));
        assertEquals(AgentStatus.OFFLINE, second.getStatus());
        assertEquals(1, notifications.size(), "only the one status change is announced: " + notifications);
        assertSame(second, notifications.get(0).getNotifier());
    }

    @Test
    void movesAnAgentWhoseDomainChanged() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(2, in(1), "online")));
        Agent moved = index.agent(id(2).toString());

        AgentMapping.applyAgents(tree, List.of(agent(2, in(3), "online")));
        AgentMapping.applyAgents(tree, List.of(agent(1, null, "online")));

        assertSame(moved, index.agent(id(2).toString()));
        assertSame(index.domain(3), moved.eContainer());
        assertEquals(List.of(), index.domain(1).getAgents());
        assertEquals(List.of(index.agent(id(1).toString())), tree.getAgents());
        assertEquals(2, index.agentCount());
    }

    @Test
    void anAgentListedTwiceInOneBatchIsOneAgent() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(1, in(2), "offline")));

        assertEquals(1, index.agentCount());
        assertSame(index.domain(2), index.agent(id(1).toString()).eContainer());
        assertEquals(AgentStatus.OFFLINE, index.agent(id(1).toString()).getStatus());
    }

    @Test
    void aBatchWithAnUnknownStatusOrDomainChangesNothing() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online")));

        WireFormatException status = assertThrows(WireFormatException.class,
                () -> AgentMapping.applyAgents(tree, List.of(agent(1, in(2), "offline"), agent(2, in(1), "asleep"))));
        assertThrows(WireFormatException.class,
                () -> AgentMapping.applyAgents(tree, List.of(agent(1, in(2), "offline"), agent(3, in(42), "online"))));

        assertTrue(status.getMessage().contains("as 'asleep', which is not an agent status"), status.getMessage());
        assertEquals(1, index.agentCount());
        Agent first = index.agent(id(1).toString());
        assertSame(index.domain(1), first.eContainer());
        assertEquals(AgentStatus.ONLINE, first.getStatus());
    }

    @Test
    void statusEventsAndRemovalsFindTheAgentById() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(2, in(1), "online")));
        Instant later = Wire.SEEN.plusSeconds(90);

        assertTrue(AgentMapping.applyStatus(tree, new AgentStatusChange(id(1), "offline", later)));
        assertFalse(AgentMapping.applyStatus(tree, new AgentStatusChange(id(7), "offline", later)));
        assertTrue(AgentMapping.removeAgent(tree, id(2)));

        assertEquals(AgentStatus.OFFLINE, index.agent(id(1).toString()).getStatus());
        assertEquals(later, index.agent(id(1).toString()).getLastSeen());
        assertNull(index.agent(id(2).toString()));
        assertEquals(1, index.domain(1).getAgents().size());
    }

    @Test
    void detailsBringTheInventoryAndKeepItsObjectsOnReload() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online")));
        Agent agent = index.agent(id(1).toString());

        Agent detailed = AgentMapping.applyDetail(tree, detail(agent(1, in(1), "online"), "KB5034441"));

        assertSame(agent, detailed);
        Inventory inventory = agent.getInventory();
        assertEquals(HardwareType.SERVER, inventory.getHardwareType());
        assertEquals("Windows Server 2022 10.0.20348", inventory.getOperatingSystem().getDisplayName());
        assertEquals("Microsoft SQL Server", inventory.getApplications().get(0).getName());
        assertTrue(inventory.getRole().isDomainController());
        assertEquals(List.of(FsmoRole.PDC_EMULATOR, FsmoRole.RID_MASTER), inventory.getRole().getFsmoRoles());
        assertEquals(LinkType.SLOW_LINK, inventory.getConnectivity().getLink());
        assertTrue(inventory.getConnectivity().isSlow());
        assertEquals(List.of("KB5034441"), inventory.getMissingUpdates());
        assertEquals("18545", agent.getComponentVersions().get(1).getVersion());
        assertEquals(CommandState.SUCCEEDED, agent.getRecentCommands().get(0).getState());
        assertEquals("no threats found", agent.getRecentCommands().get(0).getMessage());
        assertEquals(60_000, agent.getHeartbeatIntervalMillis());

        var application = inventory.getApplications().get(0);
        var os = inventory.getOperatingSystem();
        var command = agent.getRecentCommands().get(0);
        AgentMapping.applyDetail(tree, detail(agent(1, in(1), "online"), "KB5035845"));

        assertSame(inventory, agent.getInventory());
        assertSame(application, inventory.getApplications().get(0));
        assertSame(os, inventory.getOperatingSystem());
        assertSame(command, agent.getRecentCommands().get(0));
        assertEquals(List.of("KB5035845"), inventory.getMissingUpdates());
    }

    @Test
    void agentsMapToTheRequestThatMovesThem() {
        AgentMapping.applyAgents(tree, List.of(agent(1, in(1), "online"), agent(2, null, "online")));
        List<Agent> agents = List.of(index.agent(id(1).toString()), index.agent(id(2).toString()));

        assertEquals(new AgentMoveRequest(List.of(id(1), id(2)), in(3)),
                AgentMapping.toMoveRequest(agents, index.domain(3)));
        assertEquals(new AgentMoveRequest(List.of(id(1), id(2)), null), AgentMapping.toMoveRequest(agents, tree));
    }

    @Test
    void appliesAHundredThousandAgentsAndThenUpdatesThemInPlace() {
        int count = 100_000;
        List<AgentSummary> summaries = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Long domain = n % 10 == 0 ? null : in(1 + n % 3);
            summaries.add(agent(n, domain, n % 4 == 0 ? "offline" : "online"));
        }

        assertEquals(count, AgentMapping.applyAgents(tree, summaries));
        assertEquals(count, index.agentCount());
        assertEquals(count / 10, tree.getAgents().size());
        assertEquals(count, tree.getAgents().size() + index.domain(1).getAgents().size()
                + index.domain(2).getAgents().size() + index.domain(3).getAgents().size());
        Agent sample = index.agent(id(77_777).toString());
        assertSame(index.domain(1 + 77_777 % 3), sample.eContainer());

        List<AgentSummary> updates = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            updates.add(agent(n, n == 77_777 ? in(2) : summaries.get(n).domainId(), "online"));
        }
        assertEquals(0, AgentMapping.applyAgents(tree, updates));

        assertEquals(count, index.agentCount());
        assertSame(sample, index.agent(id(77_777).toString()));
        assertSame(index.domain(2), sample.eContainer());
        assertEquals(AgentStatus.ONLINE, index.agent(id(0).toString()).getStatus());
    }

    private static AgentDetail detail(AgentSummary summary, String missingUpdate) {
        var inventory = new io.bulwark.protocol.agent.Inventory("server",
                new OperatingSystem("Windows Server 2022", "10.0.20348"),
                List.of(new Application("Microsoft SQL Server", "16.0.4135.4", "Microsoft")),
                new MachineRole(List.of("domain_controller", "database_server"),
                        List.of("pdc_emulator", "rid_master", "unknown_role"), true),
                new Connectivity("slow_link", Integer.valueOf(154)), List.of("KB5031356"), List.of(missingUpdate),
                Wire.SEEN);
        var command = new CommandSummary(5, summary.id(), "scan_now", "succeeded", Wire.SEEN, Wire.SEEN, Wire.SEEN,
                Map.of("success", Boolean.TRUE, "message", "no threats found"));
        return new AgentDetail(summary, Wire.SEEN, 60_000, false,
                Map.of("virus-pattern", "18545", "scan-engine", "1210"), inventory, Wire.SEEN, 0, List.of(command));
    }
}
