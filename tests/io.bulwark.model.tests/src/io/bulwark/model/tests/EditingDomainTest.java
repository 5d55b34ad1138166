package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.edit.ModelEditing;
import io.bulwark.model.edit.TreeCommands;
import io.bulwark.model.tree.AgentTreeIndex;

class EditingDomainTest {

    private AdapterFactoryEditingDomain editingDomain;
    private CommandStack stack;
    private AgentTree tree;
    private Domain europe;
    private Domain asia;
    private Agent pc1;
    private Agent pc2;

    @BeforeEach
    void setUp() {
        ResourceSet resourceSet = new ResourceSetImpl();
        editingDomain = ModelEditing.createEditingDomain(resourceSet);
        stack = editingDomain.getCommandStack();
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/server-1.tree"));
        resourceSet.getResources().add(resource);
        tree = Trees.tree();
        europe = Trees.domain(1, "Europe");
        asia = Trees.domain(2, "Asia");
        pc1 = Trees.agent("a1", "pc-1");
        pc2 = Trees.agent("a2", "pc-2");
        europe.getAgents().add(pc1);
        europe.getAgents().add(pc2);
        tree.getDomains().add(europe);
        tree.getDomains().add(asia);
        resource.getContents().add(tree);
    }

    @Test
    void theResourceSetKnowsItsEditingDomain() {
        assertSame(editingDomain, AdapterFactoryEditingDomain.getEditingDomainFor(pc1));
    }

    @Test
    void aRenameIsUndoneAndRedone() {
        execute(TreeCommands.renameDomain(editingDomain, europe, "EMEA"));
        assertEquals("EMEA", europe.getName());

        stack.undo();
        assertEquals("Europe", europe.getName());

        stack.redo();
        assertEquals("EMEA", europe.getName());
    }

    @Test
    void anAddedDomainIsUndoneAndRedone() {
        Domain berlin = Trees.domain(3, "Berlin");
        AgentTreeIndex index = AgentTreeIndex.of(tree);

        execute(TreeCommands.addDomain(editingDomain, europe, berlin));
        assertSame(europe, berlin.eContainer());
        assertSame(berlin, index.domain(3));

        stack.undo();
        assertNull(berlin.eContainer());
        assertNull(index.domain(3));

        stack.redo();
        assertSame(europe, berlin.eContainer());
        assertSame(berlin, index.domain(3));
    }

    @Test
    void aMoveOfAgentsIsUndoneToTheirOldPlacesAndRedone() {
        Agent atRoot = Trees.agent("a3", "pc-3");
        tree.getAgents().add(atRoot);
        AgentTreeIndex index = AgentTreeIndex.of(tree);

        execute(TreeCommands.moveAgents(editingDomain, List.of(pc2, atRoot), asia));
        assertEquals(List.of(pc2, atRoot), asia.getAgents());
        assertEquals(List.of(pc1), europe.getAgents());
        assertEquals(List.of(), tree.getAgents());

        stack.undo();
        assertEquals(List.of(), asia.getAgents());
        assertEquals(List.of(pc1, pc2), europe.getAgents(), "each agent is back where it was, in its old place");
        assertEquals(List.of(atRoot), tree.getAgents());
        assertSame(pc2, index.agent("a2"));
        assertEquals(3, index.agentCount());

        stack.redo();
        assertEquals(List.of(pc2, atRoot), asia.getAgents());
        assertSame(asia, index.agent("a3").eContainer());
    }

    @Test
    void aMoveOfADomainIsUndoneAndRedone() {
        execute(TreeCommands.moveDomains(editingDomain, List.of(asia), europe));
        assertSame(europe, asia.eContainer());

        stack.undo();
        assertSame(tree, asia.eContainer());
        assertEquals(List.of(europe, asia), tree.getDomains());

        stack.redo();
        assertSame(europe, asia.eContainer());
    }

    @Test
    void aDomainCannotMoveIntoItself() {
        Domain berlin = Trees.domain(3, "Berlin");
        europe.getDomains().add(berlin);

        assertFalse(TreeCommands.moveDomains(editingDomain, List.of(europe), berlin).canExecute());
        assertFalse(TreeCommands.moveDomains(editingDomain, List.of(europe), europe).canExecute());
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), "the command can run");
        stack.execute(command);
    }
}
