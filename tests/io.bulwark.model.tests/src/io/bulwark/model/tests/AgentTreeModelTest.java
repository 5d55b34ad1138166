package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Connectivity;
import io.bulwark.model.Domain;
import io.bulwark.model.FsmoRole;
import io.bulwark.model.HardwareType;
import io.bulwark.model.Inventory;
import io.bulwark.model.LinkType;
import io.bulwark.model.MachineRole;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.MoveItem;
import io.bulwark.model.MoveItemState;
import io.bulwark.model.MoveJob;

class AgentTreeModelTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    @Test
    void anAgentIsOfflineWithoutInventoryUntilReported() {
        Agent agent = FACTORY.createAgent();

        assertEquals(AgentStatus.OFFLINE, agent.getStatus());
        assertNull(agent.getInventory(), "the inventory is loaded lazily");
        assertFalse(agent.isMovable());
        agent.setStatus(AgentStatus.ONLINE);
        assertTrue(agent.isMovable(), "only online agents can move");
    }

    @Test
    void statusLiteralsAreTheWireWords() {
        assertEquals(AgentStatus.ROAMING, AgentStatus.get("roaming"));
        assertEquals(LinkType.DIAL_UP, LinkType.get("dial_up"));
        assertEquals(FsmoRole.PDC_EMULATOR, FsmoRole.get("pdc_emulator"));
    }

    @Test
    void aTreeWithInventorySurvivesAnXmiRoundTrip() throws IOException {
        AgentTree tree = Trees.tree();
        Domain domain = Trees.domain(5, "Site 2");
        Agent agent = Trees.agent("0b5e9a8e-2b41-4f7e-9d0c-7d4f1c2b3a10", "dc-1");
        agent.setLastSeen(Instant.parse("2026-11-23T10:15:30.123Z"));
        Inventory inventory = FACTORY.createInventory();
        inventory.setHardwareType(HardwareType.SERVER);
        MachineRole role = FACTORY.createMachineRole();
        role.getFunctions().add("domain_controller");
        role.getFsmoRoles().add(FsmoRole.RID_MASTER);
        inventory.setRole(role);
        Connectivity connectivity = FACTORY.createConnectivity();
        connectivity.setLink(LinkType.SLOW_LINK);
        connectivity.setKbitPerSecond(Integer.valueOf(154));
        inventory.setConnectivity(connectivity);
        inventory.getMissingUpdates().add("KB5034441");
        agent.setInventory(inventory);
        domain.getAgents().add(agent);
        tree.getDomains().add(domain);

        AgentTree copy = (AgentTree) reload(tree);

        assertTrue(EcoreUtil.equals(tree, copy), "the reloaded tree equals the saved one");
        Agent reloaded = copy.getDomains().get(0).getAgents().get(0);
        assertEquals(Instant.parse("2026-11-23T10:15:30.123Z"), reloaded.getLastSeen());
        assertTrue(reloaded.getInventory().getRole().isDomainController());
        assertTrue(reloaded.getInventory().getConnectivity().isSlow());
    }

    @Test
    void aMoveIsFinishedWhenEveryAgentIsInAFinalState() {
        MoveJob job = FACTORY.createMoveJob();
        MoveItem arrived = item(MoveItemState.ARRIVED);
        MoveItem waiting = item(MoveItemState.WAITING);
        job.getItems().add(arrived);
        job.getItems().add(waiting);

        assertFalse(job.isFinished());
        waiting.setState(MoveItemState.EXPIRED);
        assertTrue(job.isFinished());
    }

    private static MoveItem item(MoveItemState state) {
        MoveItem item = FACTORY.createMoveItem();
        item.setState(state);
        return item;
    }

    private static EObject reload(EObject root) throws IOException {
        Resource out = new XMIResourceImpl(URI.createURI("memory:/tree.xmi"));
        out.getContents().add(root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());
        Resource in = new XMIResourceImpl(URI.createURI("memory:/tree.xmi"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        return in.getContents().get(0);
    }
}
